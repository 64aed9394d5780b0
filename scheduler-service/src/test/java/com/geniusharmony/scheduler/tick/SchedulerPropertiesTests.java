package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.geniusharmony.scheduler.tick.SchedulerProperties.ScheduleProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SchedulerPropertiesTests {

	private static final Instant NOW = Instant.parse("2026-11-24T10:17:45Z");

	@Test
	void schedulesKeepTheirDefaultsWhenNothingIsGiven() {
		SchedulerProperties properties = properties(new ScheduleProperties("", null),
				new ScheduleProperties(null, null));
		assertThat(properties.schedules()).extracting((schedule) -> schedule.slots().latestAtOrBefore(NOW))
			.containsExactly(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T10:17:30Z"));
	}

	@Test
	void aScheduleTakesAnIntervalOrACron() {
		SchedulerProperties properties = properties(new ScheduleProperties(null, Duration.ofMinutes(15)),
				new ScheduleProperties("0 */5 * * * *", null));
		assertThat(properties.schedules()).extracting((schedule) -> schedule.slots().latestAtOrBefore(NOW))
			.containsExactly(Instant.parse("2026-11-24T10:15:00Z"), Instant.parse("2026-11-24T10:15:00Z"));
	}

	@Test
	void refusesBothACronAndAnInterval() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScheduleProperties("0 0 * * * *", Duration.ofHours(1)))
			.withMessageContaining("not both");
	}

	@Test
	void refusesAnInvalidCron() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ScheduleProperties("every hour", null))
			.withMessageContaining("every hour");
	}

	private static SchedulerProperties properties(ScheduleProperties deadlineCheck, ScheduleProperties syncSweep) {
		return new SchedulerProperties(deadlineCheck, syncSweep, ZoneOffset.UTC, Duration.ofSeconds(1),
				Duration.ofDays(7));
	}

}
