package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.tick.DeadlineTick;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline check for each {@code tick.deadline_check} on the ticks topic; other
 * ticks are not this service's. The record is acknowledged once the check committed, so a
 * failure is retried by the shared error handler.
 */
@Component
class DeadlineTickListener {

	// under the consumer's max.poll.interval.ms (5 minutes), so that a long first check
	// over a large projection is retried by this consumer rather than rebalanced away
	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	private final DeadlineTicks ticks;

	DeadlineTickListener(DeadlineTicks ticks) {
		this.ticks = ticks;
	}

	@KafkaListener(topics = "${harmony.topics.ticks}")
	void on(EventEnvelope event) {
		if (event.payload() instanceof DeadlineTick tick) {
			this.ticks.handle(tick, Instant.now()).block(TIMEOUT);
		}
	}

}
