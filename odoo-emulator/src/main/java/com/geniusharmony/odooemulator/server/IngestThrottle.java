package com.geniusharmony.odooemulator.server;

import java.time.Duration;

import com.geniusharmony.odooemulator.Throttle;

/**
 * Schedules ingestion on virtual workers: a call costing time is given to the worker free
 * first and finishes when that worker has spent its cost on it, so the emulator ingests
 * at most {@code workers / cost} records per second however many clients call at once.
 * Nothing blocks: the caller is told how long to wait.
 */
public final class IngestThrottle {

	private volatile Throttle throttle;

	private long[] freeAt;

	public IngestThrottle(Throttle throttle) {
		this.throttle = throttle;
		this.freeAt = new long[throttle.workers()];
	}

	public Throttle current() {
		return this.throttle;
	}

	/**
	 * Replaces the throttle (calls already scheduled keep their time).
	 * @param newThrottle the throttle
	 */
	public synchronized void set(Throttle newThrottle) {
		this.throttle = newThrottle;
		this.freeAt = new long[newThrottle.workers()];
	}

	/**
	 * Reserves a worker for a call.
	 * @param call the call
	 * @return how long the caller waits before the call is done
	 */
	public Duration reserve(Call call) {
		if (call.ingestUnits() == 0 || call.model() == null) {
			return Duration.ZERO;
		}
		Duration cost = this.throttle.cost(call.model(), call.method(), call.ingestUnits());
		if (cost.isZero()) {
			return Duration.ZERO;
		}
		synchronized (this) {
			long now = System.nanoTime();
			int worker = 0;
			for (int i = 1; i < this.freeAt.length; i++) {
				if (this.freeAt[i] < this.freeAt[worker]) {
					worker = i;
				}
			}
			long done = Math.max(now, this.freeAt[worker]) + cost.toNanos();
			this.freeAt[worker] = done;
			return Duration.ofNanos(done - now);
		}
	}

}
