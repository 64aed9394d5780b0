package com.geniusharmony.odooemulator;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A record as stored in the emulator, for assertions: text as {@code String}, booleans,
 * {@code Long} integers, {@code Double} floats, {@code LocalDate} and
 * {@code LocalDateTime}, a many2one as the target's {@code Integer} id, a many2many as a
 * {@code List<Integer>}; a field without value (Odoo's {@code False}) is absent.
 *
 * @param model the model
 * @param id the id
 * @param externalIds the external ids ({@code module.name}) naming it
 * @param values the stored values
 */
public record OdooRecord(String model, int id, List<String> externalIds, Map<String, Object> values) {

	public OdooRecord {
		externalIds = List.copyOf(externalIds);
		values = Map.copyOf(values);
	}

	/**
	 * The value of a field, or null for {@code False}.
	 * @param field the field name
	 * @return the value or null
	 */
	public @Nullable Object get(String field) {
		return this.values.get(field);
	}

	/**
	 * Whether the record is active (not archived).
	 * @return false only if the model has archived it
	 */
	public boolean active() {
		return !Boolean.FALSE.equals(this.values.get("active"));
	}

}
