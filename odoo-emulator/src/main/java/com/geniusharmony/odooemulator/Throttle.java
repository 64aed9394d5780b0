package com.geniusharmony.odooemulator;

import java.time.Duration;
import java.util.Map;

/**
 * Slows ingestion down to imitate a real Odoo: each created record and each loaded row
 * costs time on one of a number of workers (a real Odoo serves a request per worker), so
 * throughput is capped at {@code workers / cost} whatever the client's concurrency.
 *
 * @param perCreatedRecord the cost of each record of a {@code create}
 * @param perLoadedRow the cost of each row of a {@code load}
 * @param perLoadedRowByModel a cost per loaded row for particular models, overriding
 * {@code perLoadedRow}
 * @param workers how many requests are ingested at the same time
 */
public record Throttle(Duration perCreatedRecord, Duration perLoadedRow, Map<String, Duration> perLoadedRowByModel,
		int workers) {

	public Throttle {
		perLoadedRowByModel = Map.copyOf(perLoadedRowByModel);
		if (workers < 1) {
			throw new IllegalArgumentException("workers must be at least 1");
		}
	}

	/**
	 * No throttling: the emulator ingests as fast as it can.
	 * @return the throttle
	 */
	public static Throttle none() {
		return new Throttle(Duration.ZERO, Duration.ZERO, Map.of(), 1);
	}

	/**
	 * The figures measured on a real Odoo 18 with one worker: about 25 ms per single
	 * {@code create}, about 850 ms per {@code load} of 100 tasks (8.5 ms a row) and 140
	 * ms per 100 partners (about 700 partners/s).
	 * @return the throttle
	 */
	public static Throttle odoo18Measured() {
		return new Throttle(Duration.ofMillis(25), Duration.ofMillis(8).plusNanos(500_000),
				Map.of("res.partner", Duration.ofMillis(1).plusNanos(400_000)), 1);
	}

	/**
	 * This throttle with another number of workers.
	 * @param count the workers
	 * @return the throttle
	 */
	public Throttle withWorkers(int count) {
		return new Throttle(this.perCreatedRecord, this.perLoadedRow, this.perLoadedRowByModel, count);
	}

	/**
	 * The time a call costs.
	 * @param model the model
	 * @param method the method ({@code create} or {@code load} cost time)
	 * @param units the created records or loaded rows
	 * @return the cost
	 */
	public Duration cost(String model, String method, int units) {
		if (method.equals("create")) {
			return this.perCreatedRecord.multipliedBy(units);
		}
		if (method.equals("load")) {
			return this.perLoadedRowByModel.getOrDefault(model, this.perLoadedRow).multipliedBy(units);
		}
		return Duration.ZERO;
	}

	boolean isNone() {
		return this.perCreatedRecord.isZero() && this.perLoadedRow.isZero()
				&& this.perLoadedRowByModel.values().stream().allMatch(Duration::isZero);
	}

}
