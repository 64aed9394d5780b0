package com.geniusharmony.notification.snooze;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How snoozed notifications come back.
 *
 * @param interval how often each replica looks for snoozes that ended: a notification
 * comes back at most this long after its time
 * ({@code HARMONY_NOTIFICATION_SNOOZE_CHECK_INTERVAL})
 * @param batchSize notifications brought back per statement
 */
@Validated
@ConfigurationProperties("harmony.notification.snooze")
record SnoozeProperties(@DefaultValue("15s") Duration interval, @DefaultValue("1000") int batchSize) {

	SnoozeProperties {
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalArgumentException("The snooze check interval must be positive, was " + interval);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("The snooze batch size must be positive, was " + batchSize);
		}
	}

}
