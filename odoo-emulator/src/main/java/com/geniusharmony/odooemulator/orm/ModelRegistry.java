package com.geniusharmony.odooemulator.orm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The models the emulator knows: the field definitions recorded from a live Odoo 18
 * ({@code odoo/odoo18-fields.json}), completed by {@code odoo/emulator-models.json}
 * (descriptions, default values and orders, and the models the recording does not cover)
 * and by the fields every Odoo model has.
 */
public final class ModelRegistry {

	private static final String RECORDED = "odoo/odoo18-fields.json";

	private static final String COMPLETIONS = "odoo/emulator-models.json";

	private final Map<String, ModelDef> models;

	private ModelRegistry(Map<String, ModelDef> models) {
		this.models = models;
	}

	/**
	 * Loads the models as a given Odoo major version defines them: before 17, a task's
	 * {@code date_deadline} is a date, from 17 on a datetime.
	 * @param odooVersion the major version (16 to 19)
	 * @return the registry
	 */
	public static ModelRegistry load(int odooVersion) {
		JsonMapper mapper = JsonMapper.builder().build();
		JsonNode recorded = read(mapper, RECORDED);
		JsonNode completions = read(mapper, COMPLETIONS);
		Map<String, ModelDef> models = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> model : completions.properties()) {
			String name = model.getKey();
			JsonNode meta = model.getValue();
			Map<String, FieldDef> fields = new LinkedHashMap<>();
			fields.put("id", new FieldDef("id", FieldType.INTEGER, "ID", false, true, null, List.of(), true));
			addFields(fields, recorded.get(name));
			addFields(fields, meta.get("fields"));
			fields.putIfAbsent("display_name",
					new FieldDef("display_name", FieldType.CHAR, "Display Name", false, true, null, List.of(), false));
			fields.putIfAbsent("create_date",
					new FieldDef("create_date", FieldType.DATETIME, "Created on", false, true, null, List.of(), true));
			fields.putIfAbsent("write_date", new FieldDef("write_date", FieldType.DATETIME, "Last Updated on", false,
					true, null, List.of(), true));
			if (odooVersion < 17 && name.equals("project.task")) {
				fields.computeIfPresent("date_deadline", (key, field) -> field.withType(FieldType.DATE));
			}
			Map<String, JsonNode> defaults = new LinkedHashMap<>();
			meta.get("defaults").properties().forEach((entry) -> defaults.put(entry.getKey(), entry.getValue()));
			models.put(name, new ModelDef(name, meta.get("description").stringValue(),
					Collections.unmodifiableMap(fields), Map.copyOf(defaults), meta.get("order").stringValue()));
		}
		return new ModelRegistry(models);
	}

	private static void addFields(Map<String, FieldDef> fields, @Nullable JsonNode definitions) {
		if (definitions == null) {
			return;
		}
		for (Map.Entry<String, JsonNode> entry : definitions.properties()) {
			JsonNode definition = entry.getValue();
			List<List<String>> selection = new ArrayList<>();
			JsonNode pairs = definition.get("selection");
			if (pairs != null) {
				pairs.forEach((pair) -> selection.add(List.of(pair.get(0).stringValue(), pair.get(1).stringValue())));
			}
			JsonNode relation = definition.get("relation");
			fields.put(entry.getKey(), new FieldDef(entry.getKey(), FieldType.of(definition.get("type").stringValue()),
					definition.get("string").stringValue(), definition.get("required").booleanValue(),
					definition.get("readonly").booleanValue(), (relation != null) ? relation.stringValue() : null,
					List.copyOf(selection), !entry.getKey().equals("display_name")));
		}
	}

	private static JsonNode read(JsonMapper mapper, String resource) {
		try (InputStream in = ModelRegistry.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			return mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The model of that name, or null if the emulator has no such model.
	 * @param name a model name
	 * @return the model or null
	 */
	public @Nullable ModelDef find(String name) {
		return this.models.get(name);
	}

	/**
	 * The model of that name; fails if unknown.
	 * @param name a model name
	 * @return the model
	 */
	public ModelDef get(String name) {
		ModelDef model = this.models.get(name);
		if (model == null) {
			throw new IllegalArgumentException("Unknown model " + name);
		}
		return model;
	}

	/**
	 * All models.
	 * @return the models
	 */
	public Collection<ModelDef> all() {
		return this.models.values();
	}

}
