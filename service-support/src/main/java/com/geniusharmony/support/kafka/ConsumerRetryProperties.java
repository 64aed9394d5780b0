package com.geniusharmony.support.kafka;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Back-off for records whose handling failed for a reason that may pass (a database
 * restarting, a broker election). Past {@code maxElapsed} the record is parked on the
 * dead-letter topic with the last error, so that one record cannot hold its partition for
 * ever; an operator replays it from there.
 *
 * @param initialInterval first wait
 * @param maxInterval longest wait between two attempts
 * @param maxElapsed how long to keep trying one record
 */
@Validated
@ConfigurationProperties("harmony.kafka.retry")
public record ConsumerRetryProperties(@DefaultValue("500ms") Duration initialInterval,
		@DefaultValue("30s") Duration maxInterval, @Nullable Duration maxElapsed) {
}
