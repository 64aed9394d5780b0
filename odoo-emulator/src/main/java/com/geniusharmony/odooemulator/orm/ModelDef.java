package com.geniusharmony.odooemulator.orm;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One model: its name, description, fields, default values and default order.
 *
 * @param name the technical name ({@code project.task})
 * @param description the label Odoo shows in errors ({@code Task})
 * @param fields the fields by name, in definition order
 * @param defaults default values of a new record, as JSON
 * @param defaultOrder the {@code _order} used when a search names none
 */
public record ModelDef(String name, String description, Map<String, FieldDef> fields, Map<String, JsonNode> defaults,
		String defaultOrder) {

	/**
	 * The field of that name, or null.
	 * @param fieldName a field name
	 * @return the field or null
	 */
	public @Nullable FieldDef field(String fieldName) {
		return this.fields.get(fieldName);
	}

	/**
	 * Whether records of this model can be archived.
	 * @return true if the model has an {@code active} field
	 */
	public boolean hasActive() {
		return this.fields.containsKey("active");
	}

}
