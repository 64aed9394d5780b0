package com.geniusharmony.notification.stream;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The live stream's timing.
 *
 * @param heartbeat how often an idle stream sends a comment, so that proxies keep it open
 * and clients notice a dead one; the database connection that listens for changes is
 * checked as often ({@code HARMONY_NOTIFICATION_STREAM_HEARTBEAT})
 * @param reconnect how long a client should wait before reconnecting, sent as the
 * stream's {@code retry} ({@code HARMONY_NOTIFICATION_STREAM_RECONNECT})
 */
@Validated
@ConfigurationProperties("harmony.notification.stream")
record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("3s") Duration reconnect) {

	StreamProperties {
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException("The stream heartbeat must be positive, was " + heartbeat);
		}
		if (reconnect.isNegative()) {
			throw new IllegalArgumentException("The stream reconnect delay must not be negative, was " + reconnect);
		}
	}

}
