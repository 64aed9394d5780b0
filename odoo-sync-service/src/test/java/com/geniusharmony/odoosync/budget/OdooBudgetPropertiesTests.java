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
	void givesEachInstanceItsShareWhenOnItsOwn() {
		OdooBudgetProperties properties = LocalBucketTests.properties(10, 1, 0.1, 3);

		assertThat(properties.localInterval()).isEqualTo(Duration.ofMillis(330));
	}

}
