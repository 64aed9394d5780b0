package com.geniusharmony.odoosync.odoo;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;

/**
 * Turns whatever went wrong in a request into an {@link OdooException} of the right kind,
 * with a message that names the call and never holds the password or API key.
 */
final class OdooFailures {

	private final OdooProperties properties;

	private final Clock clock;

	OdooFailures(OdooProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A failure with a message, the password masked should Odoo ever echo it.
	 */
	OdooException of(OdooErrorKind kind, String message) {
		return new OdooException(kind, redact(message), null, null);
	}

	/**
	 * An error Odoo reported, by its exception name.
	 */
	OdooException odooError(OdooCall call, String name, String message) {
		return odooError(call, name, message, OdooErrorNames.kindOf(name, message));
	}

	/**
	 * An error Odoo reported, of a kind the caller already knows (from the HTTP status).
	 */
	OdooException odooError(OdooCall call, String name, String message, OdooErrorKind kind) {
		return of(kind, "Odoo refused " + call + ": " + message.strip() + " (" + name + ")");
	}

	/**
	 * An HTTP status that is not Odoo's own answer: a rate limit, an unavailable server
	 * or proxy, or something that is not Odoo.
	 */
	OdooException status(OdooCall call, OdooResponse response) {
		int status = response.status();
		Duration retryAfter = retryAfter(response.headers());
		if (status == 429 || (status == 503 && retryAfter != null)) {
			return new OdooException(OdooErrorKind.RATE_LIMITED,
					"Odoo (or its proxy) refused " + call + " with HTTP " + status + ", too many requests"
							+ ((retryAfter != null) ? "; retry after " + retryAfter.toSeconds() + " s" : ""),
					retryAfter, null);
		}
		if (status >= 500) {
			return of(OdooErrorKind.UNAVAILABLE, "Odoo answered " + call + " with HTTP " + status);
		}
		return of(OdooErrorKind.PROTOCOL, "Odoo answered " + call + " with HTTP " + status + " at "
				+ this.properties.baseUrl() + ": is " + this.properties.baseUrl() + " an Odoo server?");
	}

	/**
	 * A failure below HTTP: name resolution, connection, TLS, timeout, a dropped
	 * connection, or an answer too large.
	 */
	OdooException transport(OdooCall call, Throwable failure) {
		if (failure instanceof OdooException odoo) {
			return odoo;
		}
		String where = this.properties.host() + ":" + this.properties.effectivePort();
		Throwable cause = rootCause(failure);
		String message;
		if (cause instanceof DataBufferLimitException) {
			return new OdooException(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call
					+ " is larger than ODOO_MAX_RESPONSE_SIZE (" + this.properties.maxResponseSize() + ")", null,
					failure);
		}
		if (cause instanceof UnknownHostException) {
			message = "Odoo host " + this.properties.host() + " could not be resolved";
		}
		else if (cause instanceof ConnectException) {
			message = "Nothing accepts connections at " + where + " (" + cause.getMessage() + ")";
		}
		else if (cause instanceof SSLException) {
			message = "The TLS handshake with " + where + " failed: " + cause.getMessage();
		}
		else if (cause instanceof TimeoutException || cause instanceof ReadTimeoutException) {
			message = "Odoo did not answer " + call + " within " + this.properties.requestTimeout().toMillis() + " ms";
		}
		else if (cause instanceof PrematureCloseException || cause instanceof ClosedChannelException) {
			message = "Odoo closed the connection before answering " + call;
		}
		else {
			message = "Could not reach Odoo at " + where + " for " + call + ": " + cause;
		}
		return new OdooException(OdooErrorKind.UNAVAILABLE, redact(message), null, failure);
	}

	private @Nullable Duration retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime until = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(this.clock.instant(), until.toInstant());
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notADate) {
				return null;
			}
		}
	}

	private String redact(String message) {
		String secret = this.properties.password();
		return (secret != null) ? message.replace(secret, "***") : message;
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			if (cause instanceof TimeoutException || cause instanceof UnknownHostException
					|| cause instanceof ConnectException || cause instanceof SSLException) {
				return cause;
			}
			cause = cause.getCause();
		}
		return cause;
	}

}
