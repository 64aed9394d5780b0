package com.geniusharmony.odoosync.odoo;

/**
 * What went wrong in a call to Odoo, and whether trying again can help.
 */
public enum OdooErrorKind {

	/**
	 * {@code login} answered {@code false}, a call answered
	 * {@code odoo.exceptions.AccessDenied} (Odoo's authentication failure), or JSON-2
	 * answered 401: wrong user, password or key.
	 */
	CREDENTIALS_REJECTED(false),

	/**
	 * {@code odoo.exceptions.AccessError} or a JSON-2 403: the API user has no right on
	 * the model or record.
	 */
	ACCESS_DENIED(false),

	/** The database named by {@code ODOO_DB} does not exist. */
	UNKNOWN_DATABASE(false),

	/** {@code odoo.exceptions.ValidationError}: a record breaks a constraint. */
	VALIDATION(false),

	/** {@code odoo.exceptions.MissingError}: the record does not exist (any more). */
	MISSING_RECORD(false),

	/** {@code odoo.exceptions.UserError}: Odoo refuses the operation. */
	USER_ERROR(false),

	/**
	 * {@code builtins.ValueError} or a JSON-2 422: a field or argument Odoo does not
	 * accept.
	 */
	BAD_REQUEST(false),

	/** An unknown model or method (JSON-2 404, or the equivalent JSON-RPC error). */
	NOT_FOUND(false),

	/**
	 * HTTP 429 (or a proxy's 503 with Retry-After): the budget of the Odoo side is spent.
	 */
	RATE_LIMITED(true),

	/**
	 * Odoo or the network failed: 5xx, timeout, refused or dropped connection, DNS, TLS.
	 */
	UNAVAILABLE(true),

	/** Odoo answered something this client does not understand. */
	PROTOCOL(false),

	/** Any other server error Odoo reported. */
	SERVER_ERROR(false),

	/**
	 * The integration is off ({@code ODOO_ENABLED=false}) or its settings are incomplete:
	 * no request was sent, and none will be until the service is configured.
	 */
	NOT_CONFIGURED(false);

	private final boolean transientFailure;

	OdooErrorKind(boolean transientFailure) {
		this.transientFailure = transientFailure;
	}

	/**
	 * Whether the same call may succeed if made again later.
	 * @return true for rate limits and unavailability
	 */
	public boolean isTransient() {
		return this.transientFailure;
	}

}
