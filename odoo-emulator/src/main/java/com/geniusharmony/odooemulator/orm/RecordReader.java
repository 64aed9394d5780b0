package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders records as {@code read} does ({@code id} first, then the asked fields; ids that
 * no longer exist are left out) and describes fields as {@code fields_get} does.
 */
final class RecordReader {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final List<String> ATTRIBUTES = List.of("name", "type", "string", "required", "readonly", "relation",
			"selection", "store", "searchable", "sortable");

	private final Database db;

	private final ValueCodec codec;

	RecordReader(Database db, ValueCodec codec) {
		this.db = db;
		this.codec = codec;
	}

	ArrayNode read(ModelDef model, List<Integer> ids, @Nullable List<String> fields) {
		List<FieldDef> selected = select(model, fields);
		ArrayNode records = JSON.arrayNode();
		for (Integer id : new LinkedHashSet<>(ids)) {
			Row row = this.db.row(model.name(), id);
			if (row != null) {
				records.add(render(model, row, selected));
			}
		}
		return records;
	}

	ObjectNode render(ModelDef model, Row row, List<FieldDef> fields) {
		ObjectNode record = JSON.objectNode();
		record.put("id", row.id);
		for (FieldDef field : fields) {
			if (field.name().equals("id")) {
				continue;
			}
			if (field.name().equals("display_name")) {
				record.put("display_name", this.codec.displayName(model.name(), row));
			}
			else {
				record.set(field.name(), this.codec.toJson(field, row.get(field.name())));
			}
		}
		return record;
	}

	List<FieldDef> select(ModelDef model, @Nullable List<String> fields) {
		if (fields == null || fields.isEmpty()) {
			return new ArrayList<>(model.fields().values());
		}
		List<FieldDef> selected = new ArrayList<>();
		for (String name : new LinkedHashSet<>(fields)) {
			FieldDef field = model.field(name);
			if (field == null) {
				throw OdooError.valueError(
						"Invalid field " + PythonRepr.string(name) + " on model " + PythonRepr.string(model.name()));
			}
			selected.add(field);
		}
		return selected;
	}

	ObjectNode fieldsGet(ModelDef model, @Nullable List<String> allfields, @Nullable List<String> attributes) {
		Set<String> wanted = (attributes == null || attributes.isEmpty()) ? new LinkedHashSet<>(ATTRIBUTES)
				: new LinkedHashSet<>(attributes);
		ObjectNode result = JSON.objectNode();
		for (FieldDef field : model.fields().values()) {
			if (allfields != null && !allfields.isEmpty() && !allfields.contains(field.name())) {
				continue;
			}
			ObjectNode description = result.putObject(field.name());
			for (String attribute : wanted) {
				JsonNode value = attribute(field, attribute);
				if (value != null) {
					description.set(attribute, value);
				}
			}
		}
		return result;
	}

	private static @Nullable JsonNode attribute(FieldDef field, String attribute) {
		return switch (attribute) {
			case "name" -> JSON.stringNode(field.name());
			case "type" -> JSON.stringNode(field.type().odooName());
			case "string" -> JSON.stringNode(field.string());
			case "required" -> JSON.booleanNode(field.required());
			case "readonly" -> JSON.booleanNode(field.readonly());
			case "store", "searchable" -> JSON.booleanNode(field.stored());
			case "sortable" -> JSON.booleanNode(field.stored() && field.type() != FieldType.MANY2MANY);
			case "relation" -> (field.relation() != null) ? JSON.stringNode(field.relation()) : null;
			case "selection" -> (field.type() == FieldType.SELECTION) ? selection(field) : null;
			default -> null;
		};
	}

	private static ArrayNode selection(FieldDef field) {
		ArrayNode pairs = JSON.arrayNode();
		field.selection().forEach((pair) -> pairs.addArray().add(pair.get(0)).add(pair.get(1)));
		return pairs;
	}

}
