package com.geniusharmony.events.tick;

import java.time.Instant;
import java.util.UUID;

import com.geniusharmony.events.EventPayload;

/**
 * A scheduled instant of a schedule, published once. Its aggregate id is the schedule
 * name and its aggregate version the scheduled instant in epoch milliseconds, so a
 * consumer that remembers the last version it handled per schedule handles each tick once
 * and skips older ones.
 */
public sealed interface Tick extends EventPayload permits DeadlineTick, SyncSweepTick {

	/**
	 * The name of the schedule that fired.
	 * @return the schedule name, such as {@code check_deadline_notifications}
	 */
	String scheduleName();

	/**
	 * The instant the schedule planned this tick for: the idempotency key of the tick.
	 * @return the scheduled instant
	 */
	Instant scheduledAt();

	/**
	 * The scheduler's id of this tick.
	 * @return the tick id
	 */
	UUID tickId();

	@Override
	default String aggregateId() {
		return scheduleName();
	}

	/**
	 * The aggregate version of this tick's envelope, which grows with the scheduled
	 * instant.
	 * @return the scheduled instant in milliseconds since the epoch
	 */
	default long aggregateVersion() {
		return scheduledAt().toEpochMilli();
	}

}
