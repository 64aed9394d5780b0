package com.geniusharmony.odooemulator.stats;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestCounterTests {

	private final RequestCounter counter = new RequestCounter(Clock.systemUTC());

	@Test
	void countsRequestsPerWallClockSecond() {
		recordAt(1_000_100, "res.partner/create");
		recordAt(1_000_900, "res.partner/create");
		recordAt(1_001_000, "common/login");
		RequestCounts counts = this.counter.snapshot();
		assertThat(counts.total()).isEqualTo(3);
		assertThat(counts.perSecond()).containsExactly(java.util.Map.entry(1000L, 2L), java.util.Map.entry(1001L, 1L));
		assertThat(counts.maxPerSecond()).isEqualTo(2);
		assertThat(counts.calls("res.partner", "create")).isEqualTo(2);
		assertThat(counts.calls("common", "login")).isEqualTo(1);
	}

	@Test
	void findsTheBusiestSlidingSecondAcrossWindows() {
		for (long millis : new long[] { 2_600, 2_700, 2_800, 3_100, 3_200, 3_900 }) {
			recordAt(millis, "res.partner/load");
		}
		RequestCounts counts = this.counter.snapshot();
		assertThat(counts.maxPerSecond()).isEqualTo(3);
		// 2.6 s to 3.2 s: five requests within one second, though no wall-clock second
		// saw more than three.
		assertThat(counts.maxInAnySecond()).isEqualTo(5);
	}

	@Test
	void placesARequestCountedLateInTheSecondItArrivedIn() {
		for (long millis : new long[] { 10_000, 10_400, 10_800, 11_300 }) {
			recordAt(millis, "res.partner/load");
		}
		// arrived at 10.9 s, counted after the one of 11.3 s: 10.0 s to 10.9 s hold four
		recordAt(10_900, "res.partner/load");
		assertThat(this.counter.snapshot().maxInAnySecond()).isEqualTo(4);
	}

	@Test
	void windowsDoNotHoldRequestsOneSecondApart() {
		for (long millis = 20_000; millis < 23_000; millis += 100) {
			recordAt(millis, "res.partner/load");
		}
		assertThat(this.counter.snapshot().maxInAnySecond()).isEqualTo(10);
		recordAt(22_950, "res.partner/load");
		assertThat(this.counter.snapshot().maxInAnySecond()).isEqualTo(11);
	}

	@Test
	void keepsTheArrivalsInTheOrderTheyWereCounted() {
		recordAt(30_000, "common/login");
		recordAt(29_990, "res.partner/load");
		assertThat(this.counter.arrivals()).containsExactly(new Arrival(Instant.ofEpochMilli(30_000), "common/login"),
				new Arrival(Instant.ofEpochMilli(29_990), "res.partner/load"));
	}

	@Test
	void startsAfreshAfterAQuietSpellLongerThanItsMemory() {
		for (long millis = 40_000; millis < 40_500; millis += 100) {
			recordAt(millis, "res.partner/load");
		}
		recordAt(50_000, "res.partner/load");
		recordAt(50_001, "res.partner/load");
		assertThat(this.counter.snapshot().maxInAnySecond()).isEqualTo(5);
		assertThat(this.counter.snapshot().total()).isEqualTo(7);
	}

	@Test
	void forgetsEverythingOnReset() {
		recordAt(5_000, "res.partner/load");
		this.counter.reset();
		RequestCounts counts = this.counter.snapshot();
		assertThat(counts.total()).isZero();
		assertThat(counts.perSecond()).isEmpty();
		assertThat(counts.maxInAnySecond()).isZero();
		assertThat(counts.perCall()).isEmpty();
		assertThat(this.counter.arrivals()).isEmpty();
	}

	private void recordAt(long epochMillis, String call) {
		this.counter.record(new Arrival(Instant.ofEpochMilli(epochMillis), call));
	}

}
