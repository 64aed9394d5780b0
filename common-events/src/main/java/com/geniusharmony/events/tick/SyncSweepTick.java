package com.geniusharmony.events.tick;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.geniusharmony.events.EventType;

/**
 * Time to push pending entities into Odoo in batches ({@code tick.odoo_sync_sweep}),
 * every 30 seconds by default.
 *
 * @param scheduleName the name of the schedule that fired
 * @param scheduledAt the instant the tick was scheduled for, its idempotency key
 * @param tickId the scheduler's id of this tick
 */
public record SyncSweepTick(String scheduleName, Instant scheduledAt, UUID tickId) implements Tick {

	public SyncSweepTick {
		Objects.requireNonNull(scheduleName, "scheduleName");
		Objects.requireNonNull(scheduledAt, "scheduledAt");
		Objects.requireNonNull(tickId, "tickId");
	}

	@Override
	public EventType type() {
		return EventType.SYNC_SWEEP_TICK;
	}

}
