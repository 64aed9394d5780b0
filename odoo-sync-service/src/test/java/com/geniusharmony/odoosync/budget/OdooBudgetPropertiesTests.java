package com.geniusharmony.odoosync.budget;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OdooBudgetPropertiesTests {

	@Test
	void keepsTheMarginInReserveBetweenTwoRequests() {
		OdooBudgetProperties properties = LocalBucketTests.properties(10, 1, 0.1, 3);

		assertThat(properties.sharedInterval()).isEqualTo(Duration.ofMillis(110));
	}

	@Test
	void givesEachInstanceAWholeShareWhenOnItsOwn() {
		// 10/s for 3 instances: 3 each in any second, with the margin between two
		assertThat(LocalBucketTests.properties(10, 1, 0.1, 3).localInterval()).isEqualTo(Duration.ofNanos(366_666_667));
		assertThat(LocalBucketTests.properties(20, 1, 0, 4).localInterval()).isEqualTo(Duration.ofMillis(200));
	}

	@Test
	void keepsABudgetSmallerThanTheInstancesOnAverage() {
		assertThat(LocalBucketTests.properties(2, 1, 0, 4).localInterval()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void leavesFourFifthsOfTheMarginToTheWayToOdoo() {
		assertThat(LocalBucketTests.properties(10, 1, 0.1, 3).latenessTolerance()).isEqualTo(Duration.ofMillis(20));
	}

}
