package com.geniusharmony.odooemulator.stats;

import java.time.Instant;

/**
 * One request as the emulator received it.
 *
 * @param at when its head arrived
 * @param call the call, {@code model/method} or {@code service/method}
 */
public record Arrival(Instant at, String call) {
}
