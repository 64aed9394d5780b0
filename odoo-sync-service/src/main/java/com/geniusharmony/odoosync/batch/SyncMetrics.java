package com.geniusharmony.odoosync.batch;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.state.SyncStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The sync's meters: {@code harmony.sync.entities} (entities per kind and status, as last
 * counted), {@code harmony.sync.lag} (age of the oldest change not yet in Odoo),
 * {@code harmony.sync.records} (rows synced, archived or failed) and
 * {@code harmony.sync.batches} ({@code load} batches that landed whole, were split, or
 * failed).
 */
@Component
class SyncMetrics {

	private final MeterRegistry registry;

	private final Map<EntityKind, Map<SyncStatus, AtomicLong>> entities = new EnumMap<>(EntityKind.class);

	private final AtomicLong lagMillis = new AtomicLong();

	private final Map<String, Counter> counters = new HashMap<>();

	private static final List<String> RECORD_OUTCOMES = List.of("synced", "archived", "failed");

	private static final List<String> BATCH_OUTCOMES = List.of("ok", "split", "failed");

	SyncMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (EntityKind kind : EntityKind.values()) {
			Map<SyncStatus, AtomicLong> byStatus = new EnumMap<>(SyncStatus.class);
			for (SyncStatus status : SyncStatus.values()) {
				AtomicLong count = new AtomicLong();
				byStatus.put(status, count);
				Gauge.builder("harmony.sync.entities", count, AtomicLong::get)
					.description("Entities known to the sync, by kind and status")
					.tag("kind", kind.wireName())
					.tag("status", status.wireName())
					.register(registry);
			}
			this.entities.put(kind, byStatus);
			// every series from start-up, so that rates and alerts see a zero rather than
			// nothing
			RECORD_OUTCOMES.forEach((outcome) -> recordCounter(kind, outcome));
			BATCH_OUTCOMES.forEach((outcome) -> batchCounter(kind, outcome));
		}
		Gauge.builder("harmony.sync.lag", this.lagMillis, (millis) -> millis.get() / 1000.0)
			.description("Age of the oldest change not yet in Odoo (pending or failed, not parked), 0 if none")
			.baseUnit("seconds")
			.register(registry);
	}

	void counts(Map<EntityKind, Map<SyncStatus, Long>> counts, long lagMillis) {
		this.entities.forEach((kind, byStatus) -> byStatus
			.forEach((status, count) -> count.set(counts.getOrDefault(kind, Map.of()).getOrDefault(status, 0L))));
		this.lagMillis.set(lagMillis);
	}

	void record(EntityKind kind, String outcome) {
		recordCounter(kind, outcome).increment();
	}

	void batch(EntityKind kind, String outcome) {
		batchCounter(kind, outcome).increment();
	}

	private Counter recordCounter(EntityKind kind, String outcome) {
		return counter("harmony.sync.records", "Rows written to Odoo, by outcome", kind, outcome);
	}

	private Counter batchCounter(EntityKind kind, String outcome) {
		return counter("harmony.sync.batches", "Batches loaded into Odoo, by outcome", kind, outcome);
	}

	private synchronized Counter counter(String name, String description, EntityKind kind, String outcome) {
		return this.counters.computeIfAbsent(name + kind + outcome,
				(key) -> Counter.builder(name)
					.description(description)
					.tag("kind", kind.wireName())
					.tag("outcome", outcome)
					.register(this.registry));
	}

}
