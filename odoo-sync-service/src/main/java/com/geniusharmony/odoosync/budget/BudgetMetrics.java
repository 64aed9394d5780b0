package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the budget tells operators: how long requests waited for a permit (shared or
 * local), how late requests reached the wire, and, read from the budget's own state,
 * whether this instance is on its local share and whether a global pause is on.
 */
final class BudgetMetrics {

	static final String SHARED = "shared";

	static final String LOCAL = "local";

	private final Timer sharedWait;

	private final Timer localWait;

	private final Counter lateSlots;

	private final Timer slotToWrite;

	private final Timer permitToWrite;

	BudgetMetrics(MeterRegistry registry, Supplier<BudgetState> state) {
		this.sharedWait = waitTimer(registry, SHARED);
		this.localWait = waitTimer(registry, LOCAL);
		this.lateSlots = Counter.builder("harmony.odoo.budget.late.slots")
			.description("Permits given up at the wire because the request was about to be written too late "
					+ "in its slot (a pause, a busy machine, a slow Redis); the request takes a wider permit")
			.register(registry);
		this.slotToWrite = delayTimer(registry, "harmony.odoo.budget.slot.to.write",
				"Time from the start of a request's budget slot to the moment it is written to Odoo's "
						+ "connection, or given up as late");
		this.permitToWrite = delayTimer(registry, "harmony.odoo.budget.permit.to.write",
				"Time from the moment a permit was handed to the sender to the moment its request was "
						+ "about to be written: what a busy machine adds between the budget and Odoo's connection");
		Gauge.builder("harmony.odoo.budget.fallback", state, (budget) -> budget.get().onLocalShare() ? 1 : 0)
			.description(
					"1 while this instance keeps to its local share of the Odoo budget because Redis is unreachable")
			.register(registry);
		Gauge.builder("harmony.odoo.paused", state, (budget) -> budget.get().paused() ? 1 : 0)
			.description("1 while requests to Odoo are paused after a refusal with HTTP 429")
			.register(registry);
	}

	/**
	 * A delay on the way to the wire, with buckets at the lateness tolerance and beyond.
	 */
	private static Timer delayTimer(MeterRegistry registry, String name, String description) {
		return Timer.builder(name)
			.description(description)
			.publishPercentileHistogram()
			.serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(50),
					Duration.ofMillis(100))
			.register(registry);
	}

	private static Timer waitTimer(MeterRegistry registry, String mode) {
		return Timer.builder("harmony.odoo.budget.wait")
			.description("Time a request to Odoo waited for a permit of the request budget")
			.tag("mode", mode)
			.publishPercentileHistogram()
			.register(registry);
	}

	void waited(String mode, Duration wait) {
		(LOCAL.equals(mode) ? this.localWait : this.sharedWait).record(wait);
	}

	void wrote(Duration lateness, Duration sincePermit, boolean onTime) {
		this.slotToWrite.record(lateness);
		this.permitToWrite.record(sincePermit);
		if (!onTime) {
			this.lateSlots.increment();
		}
	}

}
