package com.geniusharmony.odooemulator.server;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geniusharmony.odooemulator.Throttle;

import static org.assertj.core.api.Assertions.assertThat;

class IngestThrottleTests {

	// Costs far longer than the test, so that the time passing between reservations
	// cannot matter.
	private static final Duration ROW = Duration.ofSeconds(1);

	@Test
	void queuesCallsOnOneWorker() {
		IngestThrottle throttle = new IngestThrottle(new Throttle(ROW.multipliedBy(10), ROW, Map.of(), 1));
		Duration first = throttle.reserve(load("project.task", 10));
		Duration second = throttle.reserve(load("project.task", 10));
		assertThat(first).isBetween(ROW.multipliedBy(9), ROW.multipliedBy(10));
		assertThat(second).isBetween(ROW.multipliedBy(19), ROW.multipliedBy(20));
	}

	@Test
	void servesAsManyCallsAtOnceAsWorkers() {
		IngestThrottle throttle = new IngestThrottle(Throttle.none().withWorkers(2));
		throttle.set(new Throttle(ROW, ROW, Map.of(), 2));
		assertThat(throttle.reserve(create("res.partner", 10))).isLessThanOrEqualTo(ROW.multipliedBy(10));
		assertThat(throttle.reserve(create("res.partner", 10))).isLessThanOrEqualTo(ROW.multipliedBy(10));
		assertThat(throttle.reserve(create("res.partner", 10))).isGreaterThan(ROW.multipliedBy(19));
	}

	@Test
	void chargesLoadedRowsPerModelAndNothingElse() {
		IngestThrottle throttle = new IngestThrottle(
				new Throttle(Duration.ZERO, ROW, Map.of("res.partner", Duration.ofMillis(10)), 4));
		assertThat(throttle.reserve(load("res.partner", 100))).isLessThanOrEqualTo(ROW);
		assertThat(throttle.reserve(load("project.task", 100))).isGreaterThan(ROW.multipliedBy(99));
		assertThat(throttle.reserve(create("project.task", 100))).isZero();
		assertThat(throttle
			.reserve(new Call(Call.Route.JSONRPC, null, false, "res.partner", "search", "res.partner/search", 0)))
			.isZero();
	}

	private static Call load(String model, int rows) {
		return new Call(Call.Route.JSONRPC, null, false, model, "load", model + "/load", rows);
	}

	private static Call create(String model, int records) {
		return new Call(Call.Route.JSONRPC, null, false, model, "create", model + "/create", records);
	}

}
