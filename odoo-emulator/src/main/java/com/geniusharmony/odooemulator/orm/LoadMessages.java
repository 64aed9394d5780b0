package com.geniusharmony.odooemulator.orm;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code messages} of a {@code load}, shaped as Odoo's: {@code rows}, {@code type},
 * {@code record}, {@code field}, {@code message}, {@code moreinfo}, {@code field_name}.
 */
final class LoadMessages {

	private final ArrayNode messages = JsonNodeFactory.instance.arrayNode();

	private boolean error;

	void error(int index, @Nullable FieldDef field, String message, @Nullable JsonNode moreinfo) {
		add("error", index, field, message, moreinfo);
		this.error = true;
	}

	void warning(int index, @Nullable FieldDef field, String message, @Nullable JsonNode moreinfo) {
		add("warning", index, field, message, moreinfo);
	}

	boolean hasError() {
		return this.error;
	}

	ArrayNode json() {
		return this.messages;
	}

	private void add(String type, int index, @Nullable FieldDef field, String message, @Nullable JsonNode moreinfo) {
		ObjectNode entry = this.messages.addObject();
		entry.putObject("rows").put("from", index).put("to", index);
		entry.put("type", type);
		entry.put("record", index);
		if (field != null) {
			entry.put("field", field.name());
		}
		entry.put("message", message);
		if (moreinfo != null) {
			entry.set("moreinfo", moreinfo);
		}
		if (field != null) {
			entry.put("field_name", field.string());
		}
	}

}
