package com.geniusharmony.odoosync.intake;

/**
 * What a replay of the dead-letter topics found.
 *
 * @param read the dead letters of this service read
 * @param recorded the entities whose replayed state was newer than the one recorded
 * @param unreadable those that still cannot be read
 */
public record DeadLetterReplay(int read, int recorded, int unreadable) {

}
