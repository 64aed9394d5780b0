package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalBucketTests {

	private long now = 1_000_000_000L;

	@Test
	void spacesRequestsAtTheInstanceShareOfTheBudget() {
		LocalBucket bucket = new LocalBucket(properties(10, 1, 0.1, 3), () -> this.now);

		assertThat(bucket.reserve(1).delay()).isZero();
		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofNanos(366_666_667));
		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofNanos(733_333_334));
	}

	@Test
	void aWiderPermitHoldsItsSlotsForItselfAlone() {
		LocalBucket bucket = new LocalBucket(properties(10, 1, 0, 1), () -> this.now);

		assertThat(bucket.reserve(4).delay()).isZero();
		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofMillis(400));
	}

	@Test
	void letsABurstLeaveAtOnceAfterAQuietSpell() {
		LocalBucket bucket = new LocalBucket(properties(10, 3, 0, 1), () -> this.now);
		this.now += Duration.ofSeconds(10).toNanos();

		assertThat(List.of(bucket.reserve(1), bucket.reserve(1), bucket.reserve(1)))
			.allMatch((slot) -> slot.delay().isZero());
		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void answersThePauseUntilItIsOverAndSpacesRequestsAfterIt() {
		LocalBucket bucket = new LocalBucket(properties(10, 1, 0, 1), () -> this.now);
		bucket.pause(Duration.ofSeconds(2));

		Slot duringPause = bucket.reserve(1);
		assertThat(duringPause.paused()).isTrue();
		assertThat(duringPause.reserved()).isFalse();
		assertThat(duringPause.delay()).isEqualTo(Duration.ofSeconds(2));

		this.now += Duration.ofSeconds(2).toNanos();
		assertThat(bucket.reserve(1)).isEqualTo(new Slot(Duration.ZERO, true, false));
		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void neverShortensARunningPause() {
		LocalBucket bucket = new LocalBucket(properties(10, 1, 0, 1), () -> this.now);
		bucket.pause(Duration.ofSeconds(60));
		bucket.pause(Duration.ofSeconds(1));

		assertThat(bucket.reserve(1).delay()).isEqualTo(Duration.ofSeconds(60));
	}

	static OdooBudgetProperties properties(double rate, int burst, double margin, int maxInstances) {
		return new OdooBudgetProperties(rate, burst, margin, maxInstances,
				List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400)), Duration.ofSeconds(2),
				Duration.ofMillis(500));
	}

}
