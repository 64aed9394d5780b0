package com.geniusharmony.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The relay's meters: {@code harmony.outbox.backlog} (events waiting, as last seen by the
 * relay), {@code harmony.outbox.published} (events the broker acknowledged) and
 * {@code harmony.outbox.publish.latency} (from the row's write in the change's
 * transaction to the broker's acknowledgement).
 */
class OutboxMetrics {

	private final AtomicLong backlog = new AtomicLong();

	private final Counter published;

	private final Timer latency;

	OutboxMetrics(MeterRegistry registry) {
		Gauge.builder("harmony.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Events in the outbox waiting to be published, as last seen by the relay")
			.register(registry);
		this.published = Counter.builder("harmony.outbox.published")
			.description("Events published to Kafka and acknowledged by the broker")
			.register(registry);
		this.latency = Timer.builder("harmony.outbox.publish.latency")
			.description("From the event's write in the change's transaction to the broker's acknowledgement")
			.publishPercentileHistogram()
			.register(registry);
	}

	void backlog(long events) {
		this.backlog.set(events);
	}

	void published(List<OutboxRow> rows) {
		Instant now = Instant.now();
		for (OutboxRow row : rows) {
			this.latency.record(Duration.between(row.createdAt(), now));
		}
		this.published.increment(rows.size());
	}

}
