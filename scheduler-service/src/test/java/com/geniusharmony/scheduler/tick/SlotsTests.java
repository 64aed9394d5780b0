package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

class SlotsTests {

	@Test
	void intervalSlotsAreMultiplesOfTheIntervalSinceTheEpoch() {
		Slots slots = new Slots.Interval(Duration.ofSeconds(30));
		assertThat(slots.latestAtOrBefore(Instant.parse("2026-11-24T10:00:29.999Z")))
			.isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
		assertThat(slots.latestAtOrBefore(Instant.parse("2026-11-24T10:00:30Z")))
			.isEqualTo(Instant.parse("2026-11-24T10:00:30Z"));
	}

	@Test
	void theDueCronSlotIsTheLatestAtOrBeforeNow() {
		Slots hourly = new Slots.Cron(CronExpression.parse("0 0 * * * *"), ZoneOffset.UTC);
		assertThat(hourly.latestAtOrBefore(Instant.parse("2026-11-24T10:59:59Z")))
			.isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
		assertThat(hourly.latestAtOrBefore(Instant.parse("2026-11-24T11:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
	}

	@Test
	void cronSlotsAreReadInTheConfiguredTimeZone() {
		Slots morning = new Slots.Cron(CronExpression.parse("0 0 9 * * *"), ZoneId.of("Europe/Paris"));
		assertThat(morning.latestAtOrBefore(Instant.parse("2026-11-24T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
	}

	@Test
	void aSparseCronStillFindsItsLastSlot() {
		Slots yearly = new Slots.Cron(CronExpression.parse("0 0 0 1 1 *"), ZoneOffset.UTC);
		assertThat(yearly.latestAtOrBefore(Instant.parse("2026-11-24T12:00:00Z")))
			.isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
	}

}
