package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Odoo's {@code load(fields, rows)}: upserts records keyed by external id ({@code id}
 * column, {@code module.name}, {@code __import__} when unqualified), resolves references
 * by external id ({@code field/id}), database id ({@code field/.id}) or name
 * ({@code field}), and reports problems as messages. One error refuses the whole batch:
 * {@code ids} is then {@code false} and nothing is kept.
 */
final class Loader {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Database db;

	private final RecordWriter writer;

	private final CellConverter cells;

	Loader(Database db, RecordWriter writer, ValueCodec codec) {
		this.db = db;
		this.writer = writer;
		this.cells = new CellConverter(db, codec);
	}

	ObjectNode load(Env env, ModelDef model, JsonNode fields, JsonNode data) {
		List<Column> columns = columns(model, fields);
		ArrayNode ids = JSON.arrayNode();
		LoadMessages messages = new LoadMessages();
		int index = 0;
		for (JsonNode row : data) {
			Integer id = loadRow(env, model, columns, row, index, messages);
			if (id != null) {
				ids.add(id);
			}
			index++;
		}
		ObjectNode result = JSON.objectNode();
		if (messages.hasError()) {
			this.db.rollback();
			result.set("ids", BooleanNode.FALSE);
		}
		else {
			result.set("ids", ids);
		}
		result.set("messages", messages.json());
		result.put("nextrow", 0);
		return result;
	}

	private @Nullable Integer loadRow(Env env, ModelDef model, List<Column> columns, JsonNode row, int index,
			LoadMessages messages) {
		Map<String, @Nullable Object> values = new HashMap<>();
		String xmlId = null;
		Integer dbId = null;
		boolean rejected = false;
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			JsonNode cell = (row.isArray() && i < row.size()) ? row.get(i) : JSON.stringNode("");
			try {
				switch (column.kind()) {
					case XMLID -> xmlId = ValueCodec.truthy(cell) ? qualify(cell.asString()) : null;
					case DBID -> dbId = ValueCodec.truthy(cell) ? this.cells.databaseId(cell) : null;
					default ->
						values.put(column.field().name(), this.cells.convert(env, column, cell, messages, index));
				}
			}
			catch (CellConverter.CellError error) {
				messages.error(index, column.fieldOrNull(), error.getMessage(), error.moreinfo());
				rejected = true;
			}
		}
		if (rejected) {
			return null;
		}
		try {
			return upsert(env, model, values, xmlId, dbId);
		}
		catch (OdooError error) {
			FieldDef field = error.notNullField();
			String text = (field != null)
					? "Missing required value for the field '" + field.string() + "' (" + field.name() + ")"
					: error.getMessage();
			messages.error(index, field, text, null);
			return null;
		}
	}

	private int upsert(Env env, ModelDef model, Map<String, @Nullable Object> values, @Nullable String xmlId,
			@Nullable Integer dbId) {
		Row data = (xmlId != null) ? this.db.xmlIdRow(xmlId) : null;
		Integer existing = (data != null && model.name().equals(data.get("model"))) ? (Integer) data.get("res_id")
				: dbId;
		if (existing != null) {
			Row row = this.writer.existing(env, model, List.of(existing)).get(0);
			this.writer.writeStored(env, model, row, values);
			return existing;
		}
		int id = this.writer.createStored(env, model, values);
		if (xmlId != null) {
			Map<String, @Nullable Object> reference = new HashMap<>();
			reference.put("model", model.name());
			reference.put("res_id", id);
			if (data != null) {
				// The external id named a record of another model: it now names the new
				// record.
				this.db.update(Database.DATA_MODEL, data, reference);
			}
			else {
				int dot = xmlId.indexOf('.');
				reference.put("module", xmlId.substring(0, dot));
				reference.put("name", xmlId.substring(dot + 1));
				this.writer.createStored(env, this.db.registry().get(Database.DATA_MODEL), reference);
			}
		}
		return id;
	}

	private static List<Column> columns(ModelDef model, JsonNode fields) {
		List<Column> columns = new ArrayList<>();
		for (JsonNode header : fields) {
			String path = header.asString("");
			if (path.equals("id")) {
				columns.add(new Column(Column.Kind.XMLID, null));
				continue;
			}
			if (path.equals(".id")) {
				columns.add(new Column(Column.Kind.DBID, null));
				continue;
			}
			String[] parts = path.split("/", 2);
			FieldDef field = model.field(parts[0]);
			boolean relational = field != null && field.type().isRelational();
			Column.Kind kind = (parts.length == 1) ? (relational ? Column.Kind.REF_NAME : Column.Kind.VALUE)
					: parts[1].equals("id") ? Column.Kind.REF_XMLID
							: parts[1].equals(".id") ? Column.Kind.REF_DBID : null;
			if (field == null || kind == null || (kind != Column.Kind.VALUE && !relational)) {
				throw OdooError.valueError("Invalid field name " + PythonRepr.string(path));
			}
			columns.add(new Column(kind, field));
		}
		return columns;
	}

	static String qualify(String xmlId) {
		return xmlId.contains(".") ? xmlId : "__import__." + xmlId;
	}

}
