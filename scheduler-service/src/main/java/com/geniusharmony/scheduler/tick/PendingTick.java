package com.geniusharmony.scheduler.tick;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded tick with the bytes to publish, which stay the same on every resend.
 *
 * @param tickId the tick id
 * @param scheduleName the schedule, also the Kafka key
 * @param scheduledAt the scheduled instant
 * @param manual whether an administrator fired it
 * @param payload the serialised envelope
 */
record PendingTick(UUID tickId, String scheduleName, Instant scheduledAt, boolean manual, byte[] payload) {

	TickKind kind() {
		return TickKind.of(this.scheduleName);
	}

}
