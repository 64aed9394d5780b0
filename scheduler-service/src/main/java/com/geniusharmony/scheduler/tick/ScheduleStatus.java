package com.geniusharmony.scheduler.tick;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where one schedule stands, for operators.
 *
 * @param name the schedule, such as {@code check_deadline_notifications}
 * @param lastSlot its last regular slot claimed by a leader
 * @param lastSentAt when the broker last took one of its ticks
 * @param lastManualAt the scheduled instant of its last tick fired by hand
 */
record ScheduleStatus(String name, @Nullable Instant lastSlot, @Nullable Instant lastSentAt,
		@Nullable Instant lastManualAt) {

}
