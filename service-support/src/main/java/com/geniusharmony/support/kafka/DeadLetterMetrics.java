package com.geniusharmony.support.kafka;

import java.util.HashMap;
import java.util.Map;

import com.geniusharmony.events.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * {@code harmony.kafka.dead.letters}: the records parked on a dead-letter topic, by the
 * topic they came from and by reason ({@code unreadable}, or {@code retries_exhausted}
 * once {@code HARMONY_KAFKA_RETRY_MAX_ELAPSED} has passed). Every topic's counters exist
 * from the start at zero, so that an alert on their increase sees the first one.
 */
final class DeadLetterMetrics {

	static final String UNREADABLE = "unreadable";

	static final String RETRIES_EXHAUSTED = "retries_exhausted";

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new HashMap<>();

	DeadLetterMetrics(MeterRegistry meters, TopicNames topics) {
		this.meters = meters;
		for (Topic topic : Topic.values()) {
			counter(topics.of(topic), UNREADABLE);
			counter(topics.of(topic), RETRIES_EXHAUSTED);
		}
	}

	void parked(String topic, Throwable failure) {
		counter(topic, unreadable(failure) ? UNREADABLE : RETRIES_EXHAUSTED).increment();
	}

	private synchronized Counter counter(String topic, String reason) {
		return this.counters.computeIfAbsent(topic + " " + reason,
				(key) -> Counter.builder("harmony.kafka.dead.letters")
					.description("Records parked on a dead-letter topic")
					.tag("topic", topic)
					.tag("reason", reason)
					.register(this.meters));
	}

	private static boolean unreadable(@Nullable Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof UnreadableEventException) {
				return true;
			}
		}
		return false;
	}

}
