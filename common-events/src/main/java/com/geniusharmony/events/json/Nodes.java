package com.geniusharmony.events.json;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the values several payloads share, the same way everywhere: dates as
 * {@code YYYY-MM-DD} or an explicit {@code null}, id lists as arrays of strings.
 */
final class Nodes {

	private Nodes() {
	}

	static void putDate(ObjectNode node, String name, @Nullable LocalDate date) {
		if (date != null) {
			node.put(name, date.toString());
		}
		else {
			node.putNull(name);
		}
	}

	static void putTexts(ObjectNode node, String name, List<String> texts) {
		ArrayNode array = node.putArray(name);
		texts.forEach(array::add);
	}

}
