package com.geniusharmony.scheduler.tick;

import java.time.Instant;
import java.util.UUID;

/**
 * A tick fired by hand.
 *
 * @param tickId its id
 * @param schedule the schedule it belongs to
 * @param scheduledAt its scheduled instant: when it was fired
 */
record TickResponse(UUID tickId, String schedule, Instant scheduledAt) {

	static TickResponse of(PendingTick tick) {
		return new TickResponse(tick.tickId(), tick.scheduleName(), tick.scheduledAt());
	}

}
