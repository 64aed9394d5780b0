package com.geniusharmony.odoosync.pull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.odoo.OdooField;
import tools.jackson.databind.JsonNode;

/**
 * The fields the poller reads of each model, and how a record read becomes the values a
 * push would have written: a task's name, description, assignees, deadline and state; a
 * project's name and whether it is active; a contact's name and email. Odoo's
 * {@code false} is "no value".
 */
final class PulledFields {

	private PulledFields() {
	}

	/**
	 * @param definitions the model's fields, as {@code fields_get} gives them
	 * @return the fields to read, those the model has
	 */
	static List<String> read(EntityKind kind, Map<String, OdooField> definitions) {
		List<String> wanted = switch (kind) {
			case USER -> List.of("name", "email");
			case PROJECT -> List.of("name", "active");
			case TASK -> List.of("name", "description", "user_ids", "date_deadline", "state");
		};
		List<String> fields = new ArrayList<>(wanted.stream().filter(definitions::containsKey).toList());
		fields.add("write_date");
		return fields;
	}

	static PulledRecord record(EntityKind kind, JsonNode record) {
		Map<String, String> values = new HashMap<>();
		switch (kind) {
			case USER -> {
				values.put("name", text(record, "name"));
				values.put("email", text(record, "email"));
			}
			case PROJECT -> {
				values.put("name", text(record, "name"));
				values.put("active", record.path("active").asBoolean(true) ? "1" : "0");
			}
			case TASK -> {
				values.put("name", text(record, "name"));
				values.put("description", OdooMapping.text(text(record, "description")));
				List<Long> users = new ArrayList<>();
				record.path("user_ids").valueStream().forEach((id) -> users.add(id.asLong()));
				values.put(OdooMapping.TASK_ASSIGNEES, OdooMapping.userIds(users));
				if (record.has("date_deadline")) {
					String deadline = text(record, "date_deadline");
					values.put("date_deadline", (deadline.length() >= 10) ? deadline.substring(0, 10) : "");
				}
				if (record.has("state")) {
					values.put(OdooMapping.TASK_STATE, text(record, "state"));
				}
			}
		}
		return new PulledRecord(record.path("id").asLong(),
				LocalDateTime.parse(text(record, "write_date"), OdooMapping.ODOO_DATETIME), values);
	}

	private static String text(JsonNode record, String field) {
		JsonNode value = record.path(field);
		return value.isString() ? value.asString() : "";
	}

}
