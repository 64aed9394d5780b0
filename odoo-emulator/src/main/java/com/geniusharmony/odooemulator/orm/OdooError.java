package com.geniusharmony.odooemulator.orm;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * An error as Odoo raises it: the fully qualified name of the Python exception (what
 * {@code data.name} of a JSON-RPC error and {@code name} of a JSON-2 error carry), its
 * message and arguments, and the HTTP status JSON-2 answers with.
 */
public final class OdooError extends RuntimeException {

	private final String type;

	private final List<Object> arguments;

	private final int httpStatus;

	private final @Nullable FieldDef notNullField;

	private OdooError(String type, String message, List<Object> arguments, int httpStatus,
			@Nullable FieldDef notNullField) {
		super(message, null, false, false);
		this.type = type;
		this.arguments = arguments;
		this.httpStatus = httpStatus;
		this.notNullField = notNullField;
	}

	static OdooError of(String type, String message, int httpStatus) {
		return new OdooError(type, message, List.of(message), httpStatus, null);
	}

	/**
	 * The fully qualified Python name ({@code odoo.exceptions.MissingError}).
	 * @return the name
	 */
	public String type() {
		return this.type;
	}

	/**
	 * The exception's arguments ({@code exc.args}).
	 * @return the arguments
	 */
	public List<Object> arguments() {
		return this.arguments;
	}

	/**
	 * The status of a JSON-2 answer: 422 for a {@code UserError}, 403, 404, 401 or 400
	 * for the more specific kinds, 500 for anything that is not a {@code UserError}.
	 * @return the HTTP status
	 */
	public int httpStatus() {
		return this.httpStatus;
	}

	/**
	 * The field left empty, when the error is a mandatory field without value.
	 * @return the field or null
	 */
	public @Nullable FieldDef notNullField() {
		return this.notNullField;
	}

	static OdooError of(String type, String message) {
		return of(type, message, 500);
	}

	public static OdooError userError(String message) {
		return of("odoo.exceptions.UserError", message, 422);
	}

	public static OdooError validation(String message) {
		return of("odoo.exceptions.ValidationError", message, 422);
	}

	public static OdooError accessDenied() {
		return of("odoo.exceptions.AccessDenied", "Access Denied", 403);
	}

	public static OdooError accessError(String message) {
		return of("odoo.exceptions.AccessError", message, 403);
	}

	public static OdooError missing(String model, List<Integer> ids, int uid) {
		String tuple = (ids.size() == 1) ? ids.get(0) + ","
				: ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return of("odoo.exceptions.MissingError",
				"Record does not exist or has been deleted.\n(Record: " + model + "(" + tuple + "), User: " + uid + ")",
				404);
	}

	/**
	 * A mandatory field without value, as Odoo reports the {@code NOT NULL} violation of
	 * an RPC call.
	 * @param model the model
	 * @param field the field
	 * @return the error
	 */
	public static OdooError notNull(ModelDef model, FieldDef field) {
		String message = "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
				+ "- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n"
				+ "Model: " + model.description() + " (" + model.name() + ")\nField: " + field.string() + " ("
				+ field.name() + ")\n";
		return new OdooError("odoo.exceptions.ValidationError", message, List.of(message), 422, field);
	}

	public static OdooError valueError(String message) {
		return of("builtins.ValueError", message, 500);
	}

	public static OdooError typeError(String message) {
		return of("builtins.TypeError", message, 500);
	}

	public static OdooError attributeError(String message) {
		return of("builtins.AttributeError", message, 500);
	}

	public static OdooError keyError(String key) {
		return of("builtins.KeyError", "'" + key + "'", 500);
	}

	public static OdooError indexError(String message) {
		return of("builtins.IndexError", message, 500);
	}

	public static OdooError nameError(String message) {
		return of("builtins.NameError", message, 500);
	}

	public static OdooError exception(String message) {
		return of("builtins.Exception", message, 500);
	}

	public static OdooError operationalError(String message) {
		return of("psycopg2.OperationalError", message, 500);
	}

	public static OdooError sessionExpired() {
		return of("odoo.http.SessionExpiredException", "Session expired", 403);
	}

	/**
	 * A werkzeug HTTP exception, whose arguments are its description and status.
	 * @param status the HTTP status (400, 401, 404, 422)
	 * @param description the description
	 * @return the error
	 */
	public static OdooError http(int status, String description) {
		String name = switch (status) {
			case 400 -> "BadRequest";
			case 401 -> "Unauthorized";
			case 404 -> "NotFound";
			case 405 -> "MethodNotAllowed";
			case 422 -> "UnprocessableEntity";
			default -> "InternalServerError";
		};
		return new OdooError("werkzeug.exceptions." + name, description, List.of(description, status), status, null);
	}

}
