package com.geniusharmony.scheduler.tick;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Ticks published by this replica's outbox relay per schedule, and the scheduled instant
 * of the last one.
 */
class TickMetrics {

	private final Map<TickKind, Counter> scheduled = new EnumMap<>(TickKind.class);

	private final Map<TickKind, Counter> manual = new EnumMap<>(TickKind.class);

	private final Map<TickKind, AtomicLong> last = new EnumMap<>(TickKind.class);

	TickMetrics(MeterRegistry meters) {
		for (TickKind kind : TickKind.values()) {
			this.scheduled.put(kind, emittedCounter(meters, kind, "schedule"));
			this.manual.put(kind, emittedCounter(meters, kind, "manual"));
			AtomicLong seconds = new AtomicLong();
			this.last.put(kind, seconds);
			Gauge.builder("harmony.scheduler.tick.last", seconds, AtomicLong::get)
				.description("Scheduled instant of the last tick this replica published, in epoch seconds")
				.baseUnit("seconds")
				.tag("schedule", kind.scheduleName())
				.register(meters);
		}
	}

	void emitted(TickRepository.SentTick tick) {
		TickKind kind = tick.kind();
		(tick.manual() ? this.manual : this.scheduled).get(kind).increment();
		this.last.get(kind).accumulateAndGet(tick.scheduledAt().getEpochSecond(), Math::max);
	}

	private static Counter emittedCounter(MeterRegistry meters, TickKind kind, String trigger) {
		return Counter.builder("harmony.scheduler.ticks.emitted")
			.description("Ticks published by this replica")
			.tag("schedule", kind.scheduleName())
			.tag("trigger", trigger)
			.register(meters);
	}

}
