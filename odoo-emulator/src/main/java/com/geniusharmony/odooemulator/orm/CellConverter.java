package com.geniusharmony.odooemulator.orm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the cells of a {@code load} (text, as from a CSV file) to stored values, with
 * the messages Odoo's import converters give for a value they cannot use. An empty cell
 * is {@code False}.
 */
final class CellConverter {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Database db;

	private final ValueCodec codec;

	CellConverter(Database db, ValueCodec codec) {
		this.db = db;
		this.codec = codec;
	}

	@Nullable Object convert(Env env, Column column, JsonNode cell, LoadMessages messages, int index) {
		FieldDef field = column.field();
		if (!ValueCodec.truthy(cell)) {
			return (field.type() == FieldType.BOOLEAN) ? Boolean.FALSE
					: (field.type() == FieldType.MANY2MANY) ? List.of() : null;
		}
		String text = cell.isString() ? cell.stringValue() : cell.toString();
		if (column.kind() != Column.Kind.VALUE) {
			List<Integer> ids = new ArrayList<>();
			List<String> references = (field.type() == FieldType.MANY2MANY) ? List.of(text.split(",")) : List.of(text);
			for (String reference : references) {
				ids.add(reference(env, column, reference.trim(), messages, index));
			}
			return (field.type() == FieldType.MANY2MANY) ? List.copyOf(ids) : ids.get(0);
		}
		return switch (field.type()) {
			case BOOLEAN -> bool(cell, text, field, messages, index);
			case INTEGER -> integer(text, field);
			case MANY2ONE_REFERENCE -> (int) integer(text, field);
			case FLOAT, MONETARY -> number(text, field);
			case DATE -> date(text, field);
			case DATETIME -> datetime(text, field);
			case SELECTION -> selection(text, field);
			default -> text;
		};
	}

	int databaseId(JsonNode cell) {
		try {
			return Integer.parseInt(cell.asString().strip());
		}
		catch (NumberFormatException ex) {
			throw new CellError("Invalid database id '" + cell.asString() + "'", null);
		}
	}

	private int reference(Env env, Column column, String value, LoadMessages messages, int index) {
		FieldDef field = column.field();
		String comodel = field.relationOrFail();
		switch (column.kind()) {
			case REF_XMLID -> {
				Row data = this.db.xmlIdRow(Loader.qualify(value));
				if (data == null || !comodel.equals(data.get("model"))
						|| this.db.row(comodel, (Integer) data.get("res_id")) == null) {
					throw new CellError("No matching record found for external id '" + value + "' in field '"
							+ field.string() + "'", possibleValues(comodel, true));
				}
				return (Integer) data.get("res_id");
			}
			case REF_DBID -> {
				int id = databaseId(JSON.stringNode(value));
				if (this.db.row(comodel, id) == null) {
					throw new CellError("No matching record found for database id '" + value + "' in field '"
							+ field.string() + "'", possibleValues(comodel, true));
				}
				return id;
			}
			default -> {
				List<Integer> matches = new ArrayList<>();
				for (Row row : this.db.rows(comodel)) {
					if (value.equals(this.codec.displayName(comodel, row))
							&& !Boolean.FALSE.equals(row.get("active"))) {
						matches.add(row.id);
					}
				}
				if (matches.isEmpty()) {
					throw new CellError(
							"No matching record found for name '" + value + "' in field '" + field.string() + "'",
							possibleValues(comodel, false));
				}
				if (matches.size() > 1) {
					messages.warning(index, field, "Found multiple matches for value '" + value + "' in field '"
							+ field.string() + "' (" + matches.size() + " entries)", null);
				}
				return matches.get(0);
			}
		}
	}

	private static Boolean bool(JsonNode cell, String text, FieldDef field, LoadMessages messages, int index) {
		if (cell.isBoolean()) {
			return cell.booleanValue();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (List.of("1", "true", "yes").contains(lower)) {
			return true;
		}
		if (List.of("0", "false", "no").contains(lower)) {
			return false;
		}
		messages.warning(index, field, "Unknown value '" + text + "' for boolean field '" + field.string() + "'",
				JSON.stringNode("Use '1' for yes and '0' for no"));
		return true;
	}

	private static long integer(String text, FieldDef field) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new CellError("'" + text + "' does not seem to be an integer for field '" + field.string() + "'",
					null);
		}
	}

	private static double number(String text, FieldDef field) {
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new CellError("'" + text + "' does not seem to be a number for field '" + field.string() + "'", null);
		}
	}

	private static LocalDate date(String text, FieldDef field) {
		try {
			return LocalDate.parse(text, OdooDates.DATE);
		}
		catch (DateTimeParseException ex) {
			throw new CellError("'" + text + "' does not seem to be a valid date for field '" + field.string() + "'",
					JSON.stringNode("Use the format '2012-12-31'"));
		}
	}

	private static Object datetime(String text, FieldDef field) {
		try {
			return OdooDates.toDatetime(text);
		}
		catch (OdooError ex) {
			throw new CellError(
					"'" + text + "' does not seem to be a valid datetime for field '" + field.string() + "'",
					JSON.stringNode("Use the format '2012-12-31 23:59:59'"));
		}
	}

	private static String selection(String text, FieldDef field) {
		for (List<String> pair : field.selection()) {
			if (pair.get(0).equals(text) || pair.get(1).equalsIgnoreCase(text)) {
				return pair.get(0);
			}
		}
		ArrayNode labels = JSON.arrayNode();
		field.selection().forEach((pair) -> labels.add(pair.get(1)));
		throw new CellError("Value '" + text + "' not found in selection field '" + field.string() + "'", labels);
	}

	private static ObjectNode possibleValues(String comodel, boolean byExternalId) {
		ObjectNode action = JSON.objectNode();
		action.put("name", "Possible Values");
		action.put("type", "ir.actions.act_window");
		action.put("target", "new");
		action.put("view_mode", "list,form");
		ArrayNode views = action.putArray("views");
		views.addArray().add(BooleanNode.FALSE).add("list");
		views.addArray().add(BooleanNode.FALSE).add("form");
		action.putObject("context").put("create", false);
		action.put("help", "See all possible values");
		if (byExternalId) {
			action.put("res_model", Database.DATA_MODEL);
			action.putArray("domain").addArray().add("model").add("=").add(comodel);
		}
		else {
			action.put("res_model", comodel);
		}
		return action;
	}

	/**
	 * A cell Odoo's converters refuse, with the message and the optional {@code moreinfo}
	 * of the import message.
	 */
	static final class CellError extends RuntimeException {

		private final @Nullable JsonNode moreinfo;

		CellError(String message, @Nullable JsonNode moreinfo) {
			super(message, null, false, false);
			this.moreinfo = moreinfo;
		}

		@Nullable JsonNode moreinfo() {
			return this.moreinfo;
		}

	}

}
