package com.geniusharmony.odooemulator.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Renders JSON values the way Python's {@code repr} shows them in Odoo's error messages
 * ({@code 'x'}, {@code False}, {@code ('name', '=', 1)}).
 */
final class PythonRepr {

	private PythonRepr() {
	}

	static String of(JsonNode value) {
		if (value.isString()) {
			return string(value.stringValue());
		}
		if (value.isBoolean()) {
			return value.booleanValue() ? "True" : "False";
		}
		if (value.isNull() || value.isMissingNode()) {
			return "None";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(of(item)));
			return "[" + String.join(", ", items) + "]";
		}
		if (value.isObject()) {
			List<String> items = new ArrayList<>();
			for (Map.Entry<String, JsonNode> entry : value.properties()) {
				items.add(string(entry.getKey()) + ": " + of(entry.getValue()));
			}
			return "{" + String.join(", ", items) + "}";
		}
		return value.toString();
	}

	static String tuple(JsonNode array) {
		List<String> items = new ArrayList<>();
		array.forEach((item) -> items.add(of(item)));
		return "(" + String.join(", ", items) + ((items.size() == 1) ? ",)" : ")");
	}

	static String string(String value) {
		String quote = (value.contains("'") && !value.contains("\"")) ? "\"" : "'";
		String escaped = value.replace("\\", "\\\\").replace("\n", "\\n");
		if (quote.equals("'")) {
			escaped = escaped.replace("'", "\\'");
		}
		return quote + escaped + quote;
	}

}
