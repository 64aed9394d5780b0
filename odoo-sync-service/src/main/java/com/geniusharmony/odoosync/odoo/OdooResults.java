package com.geniusharmony.odoosync.odoo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Odoo's answers, the same whatever the protocol: the version, a {@code load}
 * result, field definitions. An answer of the wrong shape is a
 * {@link OdooErrorKind#PROTOCOL} failure.
 */
final class OdooResults {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The attributes of {@code fields_get} the sync uses, to keep the answer small. */
	static final List<String> FIELD_ATTRIBUTES = List.of("type", "relation", "required", "string", "selection");

	private OdooResults() {
	}

	static @Nullable JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static String write(Object value) {
		return JSON.writeValueAsString(value);
	}

	static OdooVersion version(JsonNode result) {
		JsonNode info = result.path("server_version_info");
		String version = result.path("server_version").asString("");
		if (!info.isArray() || info.isEmpty() || version.isEmpty()) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's version answer has no server_version_info");
		}
		return new OdooVersion(version, major(info.get(0)));
	}

	static LoadResult load(OdooCall call, JsonNode result) {
		if (!result.isObject() || !result.has("ids")) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " has no ids");
		}
		List<Long> ids = new ArrayList<>();
		result.get("ids").valueStream().forEach((id) -> ids.add(id.asLong()));
		List<LoadMessage> messages = new ArrayList<>();
		result.path("messages").valueStream().forEach((message) -> messages.add(loadMessage(message)));
		return new LoadResult(ids, messages);
	}

	static Map<String, OdooField> fields(OdooCall call, JsonNode result) {
		if (!result.isObject()) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " is not an object");
		}
		Map<String, OdooField> fields = new LinkedHashMap<>();
		result.properties().forEach((entry) -> {
			JsonNode field = entry.getValue();
			JsonNode relation = field.path("relation");
			// a selection is a list of [value, label] pairs
			List<String> selection = field.path("selection")
				.valueStream()
				.filter((option) -> option.isArray() && option.path(0).isString())
				.map((option) -> option.path(0).asString())
				.toList();
			fields.put(entry.getKey(),
					new OdooField(entry.getKey(), field.path("type").asString(""),
							relation.isString() ? relation.asString() : null, field.path("required").asBoolean(false),
							selection));
		});
		return fields;
	}

	static List<JsonNode> records(OdooCall call, JsonNode result) {
		if (!result.isArray()) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " is not a list");
		}
		return result.valueStream().toList();
	}

	static long uid(OdooCall call, JsonNode result) {
		if (!result.isIntegralNumber()) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's answer to " + call + " is not a user id");
		}
		return result.asLong();
	}

	private static LoadMessage loadMessage(JsonNode message) {
		JsonNode record = message.path("record");
		JsonNode from = message.path("rows").path("from");
		Integer row = record.isIntegralNumber() ? Integer.valueOf(record.asInt())
				: from.isIntegralNumber() ? Integer.valueOf(from.asInt()) : null;
		JsonNode field = message.path("field");
		return new LoadMessage(message.path("type").asString("error"), message.path("message").asString(""), row,
				field.isString() ? field.asString() : null);
	}

	private static int major(JsonNode first) {
		if (first.isIntegralNumber()) {
			return first.asInt();
		}
		// Odoo Online names its versions like saas~18.4
		String text = first.asString("").replaceAll("^\\D*", "");
		String digits = text.replaceAll("\\D.*$", "");
		if (digits.isEmpty()) {
			throw new OdooException(OdooErrorKind.PROTOCOL, "Odoo's version " + first + " has no major number");
		}
		return Integer.parseInt(digits);
	}

}
