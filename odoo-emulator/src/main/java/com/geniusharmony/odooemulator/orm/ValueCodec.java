package com.geniusharmony.odooemulator.orm;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Converts field values between the JSON of the wire and the stored form, as Odoo's
 * fields do: dates as {@code YYYY-MM-DD}, datetimes as {@code YYYY-MM-DD HH:MM:SS},
 * many2one read as {@code [id, display_name]}, many2many as id lists written with
 * commands, and {@code false} for an empty value.
 */
final class ValueCodec {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Database db;

	ValueCodec(Database db) {
		this.db = db;
	}

	/**
	 * The stored value of a written JSON value; null stands for {@code False}.
	 */
	@Nullable Object fromJson(Env env, ModelDef model, FieldDef field, JsonNode value, @Nullable Row current) {
		if (field.type() == FieldType.MANY2MANY) {
			return many2many(env, model, field, value, current);
		}
		if (field.type() == FieldType.BOOLEAN) {
			return truthy(value);
		}
		if (!truthy(value) && field.type() != FieldType.INTEGER && field.type() != FieldType.FLOAT) {
			return null;
		}
		return switch (field.type()) {
			case CHAR, TEXT, HTML -> value.isString() ? value.stringValue() : PythonRepr.of(value);
			case SELECTION -> selection(model, field, value);
			case INTEGER -> integer(value);
			case MANY2ONE_REFERENCE -> (int) integer(value);
			case FLOAT, MONETARY -> value.isNumber() ? value.doubleValue() : number(value);
			case DATE -> OdooDates.toDate(text(model, field, value));
			case DATETIME -> OdooDates.toDatetime(text(model, field, value));
			case MANY2ONE -> many2one(env, model, field, value);
			default -> throw new IllegalStateException("Unhandled type " + field.type());
		};
	}

	/**
	 * The JSON {@code read} gives for a stored value.
	 */
	JsonNode toJson(FieldDef field, @Nullable Object stored) {
		if (stored == null) {
			return switch (field.type()) {
				case INTEGER, MANY2ONE_REFERENCE -> JSON.numberNode(0);
				case FLOAT, MONETARY -> JSON.numberNode(0.0);
				case MANY2MANY -> JSON.arrayNode();
				default -> BooleanNode.FALSE;
			};
		}
		return switch (field.type()) {
			case BOOLEAN -> JSON.booleanNode((Boolean) stored);
			case INTEGER -> JSON.numberNode(((Number) stored).longValue());
			case MANY2ONE_REFERENCE -> JSON.numberNode(((Number) stored).intValue());
			case FLOAT, MONETARY -> JSON.numberNode(((Number) stored).doubleValue());
			case DATE -> JSON.stringNode(OdooDates.DATE.format((LocalDate) stored));
			case DATETIME -> JSON.stringNode(OdooDates.DATETIME.format((LocalDateTime) stored));
			case MANY2ONE -> many2oneJson(field, (Integer) stored);
			case MANY2MANY -> idsJson(ids(stored));
			default -> JSON.stringNode((String) stored);
		};
	}

	String displayName(String model, Row row) {
		Object name = row.get("name");
		return (name != null) ? name.toString() : "";
	}

	static boolean truthy(JsonNode value) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNull() || value.isMissingNode()) {
			return false;
		}
		if (value.isNumber()) {
			return value.doubleValue() != 0;
		}
		if (value.isString()) {
			return !value.stringValue().isEmpty();
		}
		return !value.isEmpty();
	}

	@SuppressWarnings("unchecked")
	static List<Integer> ids(@Nullable Object stored) {
		return (stored != null) ? (List<Integer>) stored : List.of();
	}

	static ArrayNode idsJson(List<Integer> ids) {
		ArrayNode array = JSON.arrayNode();
		ids.forEach(array::add);
		return array;
	}

	private String text(ModelDef model, FieldDef field, JsonNode value) {
		if (!value.isString()) {
			throw OdooError.typeError(
					"strptime() argument 1 must be str, not " + (value.isNumber() ? "int" : value.getNodeType()));
		}
		return value.stringValue();
	}

	private static String selection(ModelDef model, FieldDef field, JsonNode value) {
		String text = value.isString() ? value.stringValue() : value.toString();
		if (!field.allows(text)) {
			throw OdooError
				.valueError("Wrong value for " + model.name() + "." + field.name() + ": " + PythonRepr.of(value));
		}
		return text;
	}

	private static long integer(JsonNode value) {
		if (value.isBoolean() || value.isNull()) {
			return (value.isBoolean() && value.booleanValue()) ? 1 : 0;
		}
		if (value.isIntegralNumber()) {
			return value.longValue();
		}
		if (value.isNumber()) {
			return (long) value.doubleValue();
		}
		try {
			return Long.parseLong(value.stringValue().strip());
		}
		catch (NumberFormatException ex) {
			throw OdooError.valueError("invalid literal for int() with base 10: " + PythonRepr.of(value));
		}
	}

	private static double number(JsonNode value) {
		try {
			return value.isNull() || value.isBoolean() ? (value.booleanValue() ? 1.0 : 0.0)
					: Double.parseDouble(value.stringValue().strip());
		}
		catch (NumberFormatException ex) {
			throw OdooError.valueError("could not convert string to float: " + PythonRepr.of(value));
		}
	}

	private Integer many2one(Env env, ModelDef model, FieldDef field, JsonNode value) {
		JsonNode id = (value.isArray() && !value.isEmpty()) ? value.get(0) : value;
		if (!id.isIntegralNumber()) {
			throw OdooError
				.valueError("Wrong value for " + model.name() + "." + field.name() + ": " + PythonRepr.of(value));
		}
		String comodel = field.relationOrFail();
		if (this.db.row(comodel, id.intValue()) == null) {
			throw OdooError.missing(comodel, List.of(id.intValue()), env.uid());
		}
		return id.intValue();
	}

	private List<Integer> many2many(Env env, ModelDef model, FieldDef field, JsonNode value, @Nullable Row current) {
		Set<Integer> ids = new LinkedHashSet<>((current != null) ? ids(current.get(field.name())) : List.of());
		if (value.isBoolean() || value.isNull()) {
			return List.of();
		}
		if (!value.isArray()) {
			throw OdooError
				.valueError("Wrong value for " + model.name() + "." + field.name() + ": " + PythonRepr.of(value));
		}
		if (!value.isEmpty() && !value.get(0).isArray()) {
			// A bare list of ids is Command.set(ids).
			ids.clear();
			value.forEach((id) -> ids.add(existing(env, field, id)));
			return List.copyOf(ids);
		}
		for (JsonNode command : value) {
			int code = command.get(0).asInt(-1);
			switch (code) {
				case 3 -> ids.remove(command.get(1).asInt());
				case 4 -> ids.add(existing(env, field, command.get(1)));
				case 5 -> ids.clear();
				case 6 -> {
					ids.clear();
					command.get(2).forEach((id) -> ids.add(existing(env, field, id)));
				}
				default -> throw OdooError.valueError("Unsupported x2many command for the emulator: "
						+ PythonRepr.of(command) + " (supported: 3, 4, 5, 6 and a list of ids)");
			}
		}
		return new ArrayList<>(ids);
	}

	private int existing(Env env, FieldDef field, JsonNode id) {
		String comodel = field.relationOrFail();
		if (!id.isIntegralNumber() || this.db.row(comodel, id.intValue()) == null) {
			throw OdooError.missing(comodel, List.of(id.asInt(0)), env.uid());
		}
		return id.intValue();
	}

	private JsonNode many2oneJson(FieldDef field, Integer id) {
		Row target = this.db.row(field.relationOrFail(), id);
		if (target == null) {
			return BooleanNode.FALSE;
		}
		ArrayNode pair = JSON.arrayNode();
		pair.add(id);
		pair.add(displayName(field.relationOrFail(), target));
		return pair;
	}

}
