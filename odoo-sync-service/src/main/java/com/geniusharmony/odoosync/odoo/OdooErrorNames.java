package com.geniusharmony.odoosync.odoo;

import java.util.Map;

/**
 * Odoo's exception names ({@code data.name} of a JSON-RPC error, {@code name} of a JSON-2
 * error) and the kind of failure each means.
 */
final class OdooErrorNames {

	private static final Map<String, OdooErrorKind> KINDS = Map.ofEntries(
			// AccessDenied is Odoo's authentication failure; AccessError is a missing
			// right
			Map.entry("odoo.exceptions.AccessDenied", OdooErrorKind.CREDENTIALS_REJECTED),
			Map.entry("odoo.http.SessionExpiredException", OdooErrorKind.CREDENTIALS_REJECTED),
			Map.entry("werkzeug.exceptions.Unauthorized", OdooErrorKind.CREDENTIALS_REJECTED),
			Map.entry("odoo.exceptions.AccessError", OdooErrorKind.ACCESS_DENIED),
			Map.entry("werkzeug.exceptions.Forbidden", OdooErrorKind.ACCESS_DENIED),
			Map.entry("odoo.exceptions.ValidationError", OdooErrorKind.VALIDATION),
			Map.entry("odoo.exceptions.MissingError", OdooErrorKind.MISSING_RECORD),
			Map.entry("odoo.exceptions.UserError", OdooErrorKind.USER_ERROR),
			Map.entry("odoo.exceptions.RedirectWarning", OdooErrorKind.USER_ERROR),
			Map.entry("odoo.exceptions.CacheMiss", OdooErrorKind.MISSING_RECORD),
			// an unknown method is an AttributeError; one the server lacks,
			// NotImplementedError
			Map.entry("builtins.AttributeError", OdooErrorKind.NOT_FOUND),
			Map.entry("builtins.NotImplementedError", OdooErrorKind.NOT_FOUND),
			Map.entry("werkzeug.exceptions.NotFound", OdooErrorKind.NOT_FOUND),
			Map.entry("builtins.ValueError", OdooErrorKind.BAD_REQUEST),
			Map.entry("builtins.TypeError", OdooErrorKind.BAD_REQUEST),
			Map.entry("builtins.KeyError", OdooErrorKind.BAD_REQUEST),
			Map.entry("builtins.IndexError", OdooErrorKind.BAD_REQUEST),
			Map.entry("werkzeug.exceptions.BadRequest", OdooErrorKind.BAD_REQUEST),
			Map.entry("werkzeug.exceptions.UnprocessableEntity", OdooErrorKind.BAD_REQUEST),
			Map.entry("psycopg2.OperationalError", OdooErrorKind.UNAVAILABLE));

	private OdooErrorNames() {
	}

	/**
	 * The kind of failure an Odoo exception means.
	 * @param name the exception's fully qualified name
	 * @param message its message
	 * @return the kind; {@link OdooErrorKind#SERVER_ERROR} for names not known here
	 */
	static OdooErrorKind kindOf(String name, String message) {
		if (unknownDatabase(name, message)) {
			return OdooErrorKind.UNKNOWN_DATABASE;
		}
		// Odoo reports an unknown model of execute_kw as a UserError
		if (name.equals("odoo.exceptions.UserError") && message.startsWith("Object ")
				&& message.endsWith(" doesn't exist")) {
			return OdooErrorKind.NOT_FOUND;
		}
		return KINDS.getOrDefault(name, OdooErrorKind.SERVER_ERROR);
	}

	private static boolean unknownDatabase(String name, String message) {
		// JSON-RPC: PostgreSQL refuses the connection to a database that does not exist;
		// JSON-2: X-Odoo-Database names no database of the server
		return (name.equals("psycopg2.OperationalError") && message.contains("database \"")
				&& message.contains("does not exist"))
				|| (name.equals("werkzeug.exceptions.NotFound") && message.startsWith("database '"));
	}

}
