package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads bound method arguments, treating {@code false} and {@code null} as Python's falsy
 * "not given".
 */
final class Args {

	private final Map<String, JsonNode> values;

	Args(Map<String, JsonNode> values) {
		this.values = values;
	}

	JsonNode node(String name) {
		return this.values.getOrDefault(name, MissingNode.getInstance());
	}

	/**
	 * Fails as the method receiving {@code **kwargs} would when a keyword is not one it
	 * passes on.
	 */
	void extraKeywords(Set<String> accepted, String receiver) {
		for (String key : this.values.keySet()) {
			if (!accepted.contains(key)) {
				throw OdooError.typeError(receiver + "() got an unexpected keyword argument '" + key + "'");
			}
		}
	}

	@Nullable Integer integer(String name) {
		JsonNode value = node(name);
		if (!ValueCodec.truthy(value)) {
			return null;
		}
		if (!value.isNumber()) {
			throw OdooError.typeError("'" + PythonRepr.of(value) + "' is not an integer");
		}
		return value.intValue();
	}

	int integer(String name, int fallback) {
		Integer value = integer(name);
		return (value != null) ? value : fallback;
	}

	@Nullable String string(String name) {
		JsonNode value = node(name);
		return (value.isString()) ? value.stringValue() : null;
	}

	@Nullable List<String> strings(String name) {
		JsonNode value = node(name);
		if (!ValueCodec.truthy(value)) {
			return null;
		}
		List<String> strings = new ArrayList<>();
		if (value.isString()) {
			strings.add(value.stringValue());
		}
		else {
			value.forEach((item) -> strings.add(item.asString("")));
		}
		return strings;
	}

	/**
	 * Record ids as Odoo's {@code browse} takes them: one id, a list of ids, or nothing.
	 */
	static List<Integer> ids(JsonNode value) {
		List<Integer> ids = new ArrayList<>();
		if (value.isIntegralNumber()) {
			ids.add(value.intValue());
		}
		else if (value.isArray()) {
			for (JsonNode id : value) {
				if (!id.isIntegralNumber()) {
					throw OdooError.typeError("Record ids must be integers, not " + PythonRepr.of(id));
				}
				ids.add(id.intValue());
			}
		}
		else if (ValueCodec.truthy(value)) {
			throw OdooError.typeError("Record ids must be integers, not " + PythonRepr.of(value));
		}
		return ids;
	}

}
