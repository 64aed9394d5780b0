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
 * @param ticketTtl how long a stream ticket may wait to be used
 * ({@code HARMONY_NOTIFICATION_STREAM_TICKET_TTL})
 * @param expiryNotice how long before its authorisation ends a stream says so
 * ({@code HARMONY_NOTIFICATION_STREAM_EXPIRY_NOTICE})
 */
@Validated
@ConfigurationProperties("harmony.notification.stream")
record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("3s") Duration reconnect,
		@DefaultValue("30s") Duration ticketTtl, @DefaultValue("1m") Duration expiryNotice) {

	StreamProperties {
		if (heartbeat.isNegative() || heartbeat.isZero()) {
			throw new IllegalArgumentException("The stream heartbeat must be positive, was " + heartbeat);
		}
		if (ticketTtl.isNegative() || ticketTtl.isZero()) {
			throw new IllegalArgumentException("The stream ticket lifetime must be positive, was " + ticketTtl);
		}
		if (expiryNotice.isNegative()) {
			throw new IllegalArgumentException("The stream expiry notice must not be negative, was " + expiryNotice);
		}
		if (reconnect.isNegative()) {
			throw new IllegalArgumentException("The stream reconnect delay must not be negative, was " + reconnect);
		}
	}

}
