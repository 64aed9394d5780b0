package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.events.odoolink.EntityKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The poller's meters: {@code harmony.sync.pull.lag} (how long ago the poll of the model
 * polled least recently completed, so how old the platform's view of Odoo may be) and
 * {@code harmony.sync.pull.changes} (records found changed in Odoo, by kind and outcome:
 * {@code applied}, {@code conflict}, {@code unmapped}).
 */
@Component
class PullMetrics {

	private final MeterRegistry registry;

	private final AtomicLong lagMillis = new AtomicLong();

	PullMetrics(MeterRegistry registry) {
		this.registry = registry;
		Gauge.builder("harmony.sync.pull.lag", this.lagMillis, (millis) -> millis.get() / 1000.0)
			.description("Time since the least recent completed poll of Odoo for changes made there")
			.baseUnit("seconds")
			.register(registry);
		for (EntityKind kind : EntityKind.values()) {
			for (String outcome : new String[] { "applied", "conflict", "unmapped" }) {
				counter(kind, outcome);
			}
		}
	}

	/**
	 * @param oldestCompletion when the least recent poll completed, or the service's
	 * start if a model was never polled
	 */
	void completed(Instant oldestCompletion, Instant now) {
		this.lagMillis.set(Math.max(0, Duration.between(oldestCompletion, now).toMillis()));
	}

	void found(EntityKind kind, Detection detection) {
		if (detection.hasChanges()) {
			counter(kind, "applied").increment();
		}
		if (!detection.conflicts().isEmpty()) {
			counter(kind, "conflict").increment();
		}
		if (!detection.warnings().isEmpty()) {
			counter(kind, "unmapped").increment();
		}
	}

	private Counter counter(EntityKind kind, String outcome) {
		return Counter.builder("harmony.sync.pull.changes")
			.description("Records found changed in Odoo, by kind and outcome")
			.tag("kind", kind.wireName())
			.tag("outcome", outcome)
			.register(this.registry);
	}

}
