package com.geniusharmony.events.tick;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.geniusharmony.events.EventType;

/**
 * Time to check task deadlines and send reminders ({@code tick.deadline_check}), hourly
 * by default.
 *
 * @param scheduleName the name of the schedule that fired
 * @param scheduledAt the instant the tick was scheduled for, its idempotency key
 * @param tickId the scheduler's id of this tick
 */
public record DeadlineTick(String scheduleName, Instant scheduledAt, UUID tickId) implements Tick {

	public DeadlineTick {
		Objects.requireNonNull(scheduleName, "scheduleName");
		Objects.requireNonNull(scheduledAt, "scheduledAt");
		Objects.requireNonNull(tickId, "tickId");
	}

	@Override
	public EventType type() {
		return EventType.DEADLINE_TICK;
	}

}
