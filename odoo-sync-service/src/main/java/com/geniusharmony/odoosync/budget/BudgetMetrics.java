package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the budget tells operators: how long requests waited for a permit (shared or
 * local), whether this instance is on its local limit, and whether a global pause is on.
 */
final class BudgetMetrics {

	static final String SHARED = "shared";

	static final String LOCAL = "local";

	/** How long after a pause a success still clears the refusal count in Redis. */
	private static final long RECENT_PAUSE_MILLIS = Duration.ofMinutes(15).toMillis();

	private final Timer sharedWait;

	private final Timer localWait;

	private final Counter lateSlots;

	private final Timer slotToWrite;

	private final Timer permitToWrite;

	private final AtomicBoolean onLocalLimit = new AtomicBoolean();

	private final AtomicLong pausedUntilMillis = new AtomicLong();

	BudgetMetrics(MeterRegistry registry) {
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
		Gauge.builder("harmony.odoo.budget.fallback", this.onLocalLimit, (flag) -> flag.get() ? 1 : 0)
			.description(
					"1 while this instance keeps to its local share of the Odoo budget because Redis is unreachable")
			.register(registry);
		Gauge.builder("harmony.odoo.paused", this, (metrics) -> metrics.pausedNow() ? 1 : 0)
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

	/**
	 * Records whether this instance keeps to its local share.
	 * @param active true while it does
	 * @return true if that changed
	 */
	boolean fallback(boolean active) {
		return this.onLocalLimit.getAndSet(active) != active;
	}

	void pausedFor(Duration pause) {
		long until = System.currentTimeMillis() + pause.toMillis();
		this.pausedUntilMillis.accumulateAndGet(until, Math::max);
	}

	boolean pausedRecently() {
		return System.currentTimeMillis() - this.pausedUntilMillis.get() < RECENT_PAUSE_MILLIS;
	}

	boolean pausedNow() {
		return System.currentTimeMillis() < this.pausedUntilMillis.get();
	}

	boolean onLocalLimit() {
		return this.onLocalLimit.get();
	}

}
