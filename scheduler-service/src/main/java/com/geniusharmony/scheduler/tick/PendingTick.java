package com.geniusharmony.scheduler.tick;

import java.time.Instant;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.tick.Tick;

/**
 * A tick about to be recorded, with the event that carries it.
 *
 * @param tickId the tick id
 * @param scheduleName the schedule, also the Kafka key
 * @param scheduledAt the scheduled instant
 * @param manual whether an administrator fired it
 * @param event the event, with its id, that the outbox publishes
 */
record PendingTick(UUID tickId, String scheduleName, Instant scheduledAt, boolean manual, EventEnvelope event) {

	/**
	 * A new tick of a schedule, in a new event.
	 */
	static PendingTick of(TickKind kind, Instant scheduledAt, boolean manual, Instant now) {
		Tick tick = kind.tick(scheduledAt, UUID.randomUUID());
		return new PendingTick(tick.tickId(), kind.scheduleName(), scheduledAt, manual,
				EventEnvelope.of(tick, tick.aggregateVersion(), now));
	}

	TickKind kind() {
		return TickKind.of(this.scheduleName);
	}

}
