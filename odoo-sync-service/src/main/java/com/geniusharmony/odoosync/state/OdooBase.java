package com.geniusharmony.odoosync.state;

import java.util.LinkedHashMap;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored form of what Odoo and the platform last agreed on ({@code odoo_base}): a
 * JSON object of strings, by column.
 */
final class OdooBase {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private OdooBase() {
	}

	static String toJson(Map<String, String> base) {
		return MAPPER.writeValueAsString(base);
	}

	static @Nullable Map<String, String> read(@Nullable Json stored) {
		if (stored == null) {
			return null;
		}
		Map<String, String> base = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> column : MAPPER.readTree(stored.asArray()).properties()) {
			base.put(column.getKey(), column.getValue().asString());
		}
		return base;
	}

}
