package com.geniusharmony.notification.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long read notifications are kept.
 *
 * @param readAge a read notification created longer ago than this is deleted
 * ({@code HARMONY_NOTIFICATION_RETENTION_READ_AGE})
 * @param interval how often the job runs; the first run is a minute after start-up, or
 * sooner if the interval is shorter ({@code HARMONY_NOTIFICATION_RETENTION_INTERVAL})
 * @param batchSize notifications deleted per statement
 */
@Validated
@ConfigurationProperties("harmony.notification.retention")
record RetentionProperties(@DefaultValue("30d") Duration readAge, @DefaultValue("1h") Duration interval,
		@DefaultValue("5000") int batchSize) {

	RetentionProperties {
		if (readAge.isNegative() || readAge.isZero()) {
			throw new IllegalArgumentException(
					"The retention age of read notifications must be positive, was " + readAge);
		}
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("The retention interval must be positive, was " + interval);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("The retention batch size must be positive, was " + batchSize);
		}
	}

}
