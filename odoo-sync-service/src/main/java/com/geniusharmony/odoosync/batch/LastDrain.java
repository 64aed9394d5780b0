package com.geniusharmony.odoosync.batch;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the last drain of this instance ended.
 *
 * @param at when it ended, or {@code null} before the first one
 * @param stoppedBy why Odoo could not be used, or {@code null} if the drain ran out of
 * due entities
 * @param claimed how many entities it claimed
 */
public record LastDrain(@Nullable Instant at, @Nullable String stoppedBy, int claimed) {

}
