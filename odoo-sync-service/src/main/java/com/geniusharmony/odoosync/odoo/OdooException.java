package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A call to Odoo that failed, with its {@link OdooErrorKind kind} and Odoo's own message.
 * The message never holds a password or API key.
 */
public class OdooException extends RuntimeException {

	private final OdooErrorKind kind;

	private final @Nullable Duration retryAfter;

	/**
	 * A failure without a cause.
	 * @param kind what went wrong
	 * @param message what Odoo or the network said, free of secrets
	 */
	public OdooException(OdooErrorKind kind, String message) {
		this(kind, message, null, null);
	}

	/**
	 * A failure with everything known about it.
	 * @param kind what went wrong
	 * @param message what Odoo or the network said, free of secrets
	 * @param retryAfter how long the server asked to wait, if it did
	 * @param cause the underlying failure, if any
	 */
	public OdooException(OdooErrorKind kind, String message, @Nullable Duration retryAfter, @Nullable Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	/**
	 * What went wrong.
	 * @return the kind of failure
	 */
	public OdooErrorKind kind() {
		return this.kind;
	}

	/**
	 * How long the server asked to wait before the next request ({@code Retry-After}).
	 * @return the wait, if the server gave one
	 */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/**
	 * Whether the same call may succeed if made again later.
	 * @return true for rate limits and unavailability
	 */
	public boolean isTransient() {
		return this.kind.isTransient();
	}

}
