package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.LocalTime;
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
 * @param digestTime the local time (in {@code timeZone}) from which the day's deadline
 * digests are sent ({@code HARMONY_NOTIFICATION_DIGEST_TIME})
 * @param digestCheckInterval how often each replica looks whether the day's digests are
 * due ({@code HARMONY_NOTIFICATION_DIGEST_CHECK_INTERVAL})
 */
@Validated
@ConfigurationProperties("harmony.notification.deadline")
record DeadlineProperties(@DefaultValue("UTC") ZoneId timeZone, @DefaultValue("24h") Duration tickMaxAge,
		@DefaultValue("08:00") LocalTime digestTime, @DefaultValue("1m") Duration digestCheckInterval) {

	DeadlineProperties {
		if (tickMaxAge.isNegative() || tickMaxAge.isZero()) {
			throw new IllegalArgumentException("The deadline tick's maximum age must be positive, was " + tickMaxAge);
		}
		if (digestCheckInterval.isNegative() || digestCheckInterval.isZero()) {
			throw new IllegalArgumentException(
					"The digest check interval must be positive, was " + digestCheckInterval);
		}
	}

}
