package com.geniusharmony.odoosync.state;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The warnings of an entity as stored: a JSON array of sentences.
 */
public final class Warnings {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Warnings() {
	}

	static String toJson(List<String> warnings) {
		return MAPPER.writeValueAsString(warnings);
	}

	/**
	 * Reads the warnings of an entity as stored.
	 * @param stored the {@code warnings} column
	 * @return the sentences
	 */
	public static List<String> fromJson(Json stored) {
		List<String> warnings = new ArrayList<>();
		for (JsonNode warning : MAPPER.readTree(stored.asArray())) {
			warnings.add(warning.asString());
		}
		return List.copyOf(warnings);
	}

}
