package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Creates, writes and deletes records: checks field names, converts values, applies
 * defaults, refuses a missing mandatory value as Odoo's {@code NOT NULL} constraint does,
 * and applies the model rules (references set to null or refused on delete, external ids
 * deleted with their records).
 */
final class RecordWriter {

	private final Database db;

	private final ValueCodec codec;

	private final ModelRules rules;

	private final Map<String, Map<String, Object>> defaults = new ConcurrentHashMap<>();

	RecordWriter(Database db, ValueCodec codec) {
		this.db = db;
		this.codec = codec;
		this.rules = new ModelRules(db, this);
	}

	int create(Env env, ModelDef model, JsonNode vals) {
		if (!vals.isObject()) {
			throw OdooError.attributeError("'" + vals.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
					+ "' object has no attribute 'items'");
		}
		Map<String, Object> stored = new HashMap<>();
		for (Map.Entry<String, JsonNode> entry : vals.properties()) {
			FieldDef field = writableField(model, entry.getKey());
			if (field != null) {
				stored.put(field.name(), this.codec.fromJson(env, model, field, entry.getValue(), null));
			}
		}
		return createStored(env, model, stored);
	}

	/**
	 * Creates a record from stored values; a key present with a null value is an explicit
	 * {@code False}.
	 */
	int createStored(Env env, ModelDef model, Map<String, @Nullable Object> stored) {
		Map<String, @Nullable Object> values = new HashMap<>(stored);
		defaults(env, model).forEach(values::putIfAbsent);
		this.rules.beforeCreate(env, model, values);
		checkRequired(model, values);
		this.rules.checkConstraints(model, values, null);
		values.values().removeIf((value) -> value == null);
		return this.db.insert(model.name(), values);
	}

	/**
	 * A model's default values, converted once: they are constants.
	 */
	private Map<String, Object> defaults(Env env, ModelDef model) {
		return this.defaults.computeIfAbsent(model.name(), (name) -> {
			Map<String, Object> converted = new HashMap<>();
			model.defaults().forEach((field, value) -> {
				Object stored = this.codec.fromJson(env, model, model.fields().get(field), value, null);
				if (stored != null) {
					converted.put(field, stored);
				}
			});
			return Map.copyOf(converted);
		});
	}

	void write(Env env, ModelDef model, List<Integer> ids, JsonNode vals) {
		List<Row> rows = existing(env, model, ids);
		for (Row row : rows) {
			Map<String, @Nullable Object> changes = new HashMap<>();
			for (Map.Entry<String, JsonNode> entry : vals.properties()) {
				FieldDef field = writableField(model, entry.getKey());
				if (field != null) {
					changes.put(field.name(), this.codec.fromJson(env, model, field, entry.getValue(), row));
				}
			}
			writeStored(env, model, row, changes);
		}
	}

	void writeStored(Env env, ModelDef model, Row row, Map<String, @Nullable Object> changes) {
		Map<String, @Nullable Object> merged = new HashMap<>(row.values);
		merged.putAll(changes);
		checkRequired(model, merged);
		this.rules.checkConstraints(model, merged, row.id);
		Map<String, @Nullable Object> previous = new HashMap<>(row.values);
		this.db.update(model.name(), row, changes);
		this.rules.afterWrite(env, model, row, previous);
	}

	void unlink(Env env, ModelDef model, List<Integer> ids) {
		List<Integer> unique = new ArrayList<>(new LinkedHashSet<>(ids));
		existing(env, model, unique);
		this.rules.beforeUnlink(env, model, unique);
		Set<Integer> doomed = new HashSet<>(unique);
		for (ModelDef other : this.db.registry().all()) {
			for (FieldDef field : other.fields().values()) {
				if (model.name().equals(field.relation())) {
					clearReferences(other, field, doomed);
				}
			}
		}
		doomed.forEach((id) -> this.db.delete(model.name(), id));
		List<Integer> externalIds = new ArrayList<>();
		for (Row data : this.db.rows(Database.DATA_MODEL)) {
			if (model.name().equals(data.get("model")) && doomed.contains(data.get("res_id"))) {
				externalIds.add(data.id);
			}
		}
		externalIds.forEach((id) -> this.db.delete(Database.DATA_MODEL, id));
	}

	List<Row> existing(Env env, ModelDef model, List<Integer> ids) {
		List<Row> rows = new ArrayList<>();
		List<Integer> missing = new ArrayList<>();
		for (Integer id : ids) {
			Row row = this.db.row(model.name(), id);
			if (row == null) {
				missing.add(id);
			}
			else {
				rows.add(row);
			}
		}
		if (!missing.isEmpty()) {
			throw OdooError.missing(model.name(), missing, env.uid());
		}
		return rows;
	}

	private void clearReferences(ModelDef other, FieldDef field, Set<Integer> doomed) {
		for (Row row : new ArrayList<>(this.db.rows(other.name()))) {
			Object value = row.get(field.name());
			if (field.type() == FieldType.MANY2ONE && value != null && doomed.contains(value)) {
				this.rules.checkRestrict(other, field);
				Map<String, @Nullable Object> change = new HashMap<>();
				change.put(field.name(), null);
				this.db.update(other.name(), row, change);
			}
			else if (field.type() == FieldType.MANY2MANY && value != null) {
				List<Integer> kept = ValueCodec.ids(value).stream().filter((id) -> !doomed.contains(id)).toList();
				if (kept.size() != ValueCodec.ids(value).size()) {
					this.db.update(other.name(), row, Map.of(field.name(), kept));
				}
			}
		}
	}

	private static void checkRequired(ModelDef model, Map<String, @Nullable Object> values) {
		for (FieldDef field : model.fields().values()) {
			if (field.required() && field.stored() && values.get(field.name()) == null) {
				throw OdooError.notNull(model, field);
			}
		}
	}

	/**
	 * The field a client may write, null for a read-only one (silently ignored, as Odoo
	 * does for computed fields), or an error for an unknown name.
	 */
	private static @Nullable FieldDef writableField(ModelDef model, String name) {
		FieldDef field = model.field(name);
		if (field == null) {
			throw OdooError.valueError(
					"Invalid field " + PythonRepr.string(name) + " on model " + PythonRepr.string(model.name()));
		}
		return field.readonly() ? null : field;
	}

}
