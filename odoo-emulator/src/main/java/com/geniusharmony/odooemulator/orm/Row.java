package com.geniusharmony.odooemulator.orm;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One stored record: its id and its stored values (a missing key is Odoo's
 * {@code False}).
 */
final class Row {

	final int id;

	final Map<String, Object> values;

	Row(int id, Map<String, Object> values) {
		this.id = id;
		this.values = values;
	}

	@Nullable Object get(String field) {
		return this.values.get(field);
	}

	Map<String, Object> copyOfValues() {
		return new HashMap<>(this.values);
	}

}
