package com.geniusharmony.odoosync.budget;

import java.time.Duration;

/**
 * The budget one instance keeps to on its own while Redis is unreachable: the same
 * algorithm as the shared bucket at the instance's share of the budget, and a pause of
 * its own after a refusal with HTTP 429.
 */
final class LocalBucket {

	private final long intervalNanos;

	private final long toleranceNanos;

	private final NanoClock clock;

	private long theoreticalArrival;

	private long pausedUntil;

	LocalBucket(OdooBudgetProperties properties, NanoClock clock) {
		this.intervalNanos = properties.localInterval().toNanos();
		this.toleranceNanos = (properties.burst() - 1) * this.intervalNanos;
		this.clock = clock;
		this.theoreticalArrival = clock.nanoTime();
		this.pausedUntil = clock.nanoTime();
	}

	/**
	 * Reserves the next free slots, however far out: a local bucket cannot be raced by
	 * other instances, so asking again would gain nothing.
	 * @param slots how many consecutive slots
	 * @return the first slot
	 */
	synchronized Slot reserve(int slots) {
		long now = this.clock.nanoTime();
		if (this.pausedUntil - now > 0) {
			return new Slot(Duration.ofNanos(this.pausedUntil - now), false, true);
		}
		long arrival = Math.max(this.theoreticalArrival, now);
		long wait = Math.max(0, arrival - this.toleranceNanos - now);
		this.theoreticalArrival = arrival + slots * this.intervalNanos;
		return new Slot(Duration.ofNanos(wait), true, false);
	}

	synchronized void pause(Duration pause) {
		long until = this.clock.nanoTime() + pause.toNanos();
		if (until - this.pausedUntil > 0) {
			this.pausedUntil = until;
		}
		if (until - this.theoreticalArrival > 0) {
			this.theoreticalArrival = until;
		}
	}

}
