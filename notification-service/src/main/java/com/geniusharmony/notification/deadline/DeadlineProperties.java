package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deadline ticks are read.
 *
 * @param timeZone the zone in which a tick's instant gives "today"
 * ({@code HARMONY_NOTIFICATION_TIME_ZONE})
 * @param tickMaxAge a tick older than this when it arrives is skipped, so that a backlog
 * after an outage does not send reminders for days long past
 * ({@code HARMONY_NOTIFICATION_DEADLINE_TICK_MAX_AGE})
 */
@Validated
@ConfigurationProperties("harmony.notification.deadline")
record DeadlineProperties(@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("24h") Duration tickMaxAge) {

	DeadlineProperties {
		if (tickMaxAge.isNegative() || tickMaxAge.isZero()) {
			throw new IllegalArgumentException("The deadline tick's maximum age must be positive, was " + tickMaxAge);
		}
	}

}
