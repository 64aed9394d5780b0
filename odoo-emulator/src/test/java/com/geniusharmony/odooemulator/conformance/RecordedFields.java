package com.geniusharmony.odooemulator.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field definitions recorded from Odoo 18 ({@code odoo/odoo18-fields.json}), to know
 * which values of a transcript are record ids: those of relational fields.
 */
final class RecordedFields {

	private final JsonNode fields;

	RecordedFields(JsonMapper mapper) {
		try (InputStream in = RecordedFields.class.getClassLoader().getResourceAsStream("odoo/odoo18-fields.json")) {
			if (in == null) {
				throw new IllegalStateException("Missing odoo/odoo18-fields.json");
			}
			this.fields = mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The comodel of a relational field, or null for other fields.
	 */
	@Nullable String relation(String model, String field) {
		JsonNode relation = this.fields.path(model).path(field).path("relation");
		return relation.isString() ? relation.stringValue() : null;
	}

	boolean isMany2many(String model, String field) {
		return this.fields.path(model).path(field).path("type").asString("").equals("many2many");
	}

}
