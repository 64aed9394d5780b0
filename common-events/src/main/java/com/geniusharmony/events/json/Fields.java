package com.geniusharmony.events.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON object being read, with its path from the envelope, so that every failure names
 * the field ({@code data.task.project_id is required}). A required field that is missing
 * or {@code null} is reported as required; fields nobody asks for are ignored.
 */
final class Fields {

	private static final int MAX_QUOTED_LENGTH = 60;

	private final ObjectNode node;

	private final String path;

	private Fields(ObjectNode node, String path) {
		this.node = node;
		this.path = path;
	}

	static Fields root(JsonNode node) {
		if (!node.isObject()) {
			throw new InvalidEventException("event is not a JSON object");
		}
		return new Fields((ObjectNode) node, "");
	}

	static Fields of(ObjectNode node, String path) {
		return new Fields(node, path);
	}

	ObjectNode node() {
		return this.node;
	}

	String path() {
		return this.path;
	}

	Fields object(String name) {
		JsonNode value = required(name);
		if (!value.isObject()) {
			throw invalid(name, "must be an object");
		}
		return new Fields((ObjectNode) value, pathOf(name));
	}

	String text(String name) {
		JsonNode value = required(name);
		if (!value.isString()) {
			throw invalid(name, "must be a string");
		}
		return value.stringValue();
	}

	String nonEmptyText(String name) {
		String text = text(name);
		if (text.isEmpty()) {
			throw invalid(name, "must not be empty");
		}
		return text;
	}

	boolean bool(String name) {
		JsonNode value = required(name);
		if (!value.isBoolean()) {
			throw invalid(name, "must be true or false");
		}
		return value.booleanValue();
	}

	int intNumber(String name) {
		JsonNode value = required(name);
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw invalid(name, "must be an integer");
		}
		return value.intValue();
	}

	long longNumber(String name) {
		JsonNode value = required(name);
		if (!value.isIntegralNumber() || !value.canConvertToLong()) {
			throw invalid(name, "must be an integer");
		}
		return value.longValue();
	}

	UUID uuid(String name) {
		String text = text(name);
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name, "must be a UUID, was " + quote(text));
		}
	}

	Instant instant(String name) {
		String text = text(name);
		try {
			return Instant.parse(text);
		}
		catch (DateTimeException ex) {
			throw invalid(name, "must be an ISO-8601 instant such as 2025-04-01T09:00:00Z, was " + quote(text));
		}
	}

	@Nullable LocalDate optionalDate(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(name, "must be a date YYYY-MM-DD or null");
		}
		try {
			return LocalDate.parse(value.stringValue());
		}
		catch (DateTimeException ex) {
			throw invalid(name, "must be a date YYYY-MM-DD or null, was " + quote(value.stringValue()));
		}
	}

	List<String> texts(String name) {
		JsonNode value = required(name);
		if (!value.isArray()) {
			throw invalid(name, "must be an array of strings");
		}
		List<String> texts = new ArrayList<>(value.size());
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			if (!element.isString()) {
				throw new InvalidEventException(pathOf(name) + "[" + i + "] must be a string");
			}
			texts.add(element.stringValue());
		}
		return texts;
	}

	/**
	 * A string that may be {@code null}; absent reads as {@code null} too.
	 */
	@Nullable String optionalText(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw invalid(name, "must be a string or null");
		}
		return value.stringValue();
	}

	List<Fields> objects(String name) {
		JsonNode value = required(name);
		if (!value.isArray()) {
			throw invalid(name, "must be an array of objects");
		}
		List<Fields> objects = new ArrayList<>(value.size());
		for (int i = 0; i < value.size(); i++) {
			JsonNode element = value.get(i);
			if (!element.isObject()) {
				throw new InvalidEventException(pathOf(name) + "[" + i + "] must be an object");
			}
			objects.add(new Fields((ObjectNode) element, pathOf(name) + "[" + i + "]"));
		}
		return objects;
	}

	<E extends Enum<E>> E oneOf(String name, E[] values, Function<E, String> wireName) {
		String text = text(name);
		return Arrays.stream(values)
			.filter((value) -> wireName.apply(value).equals(text))
			.findFirst()
			.orElseThrow(() -> invalid(name, "must be one of "
					+ Arrays.stream(values).map(wireName).collect(Collectors.joining(", ")) + ", was " + quote(text)));
	}

	private JsonNode required(String name) {
		JsonNode value = this.node.get(name);
		if (value == null || value.isNull()) {
			throw invalid(name, "is required");
		}
		return value;
	}

	private InvalidEventException invalid(String name, String problem) {
		return new InvalidEventException(pathOf(name) + " " + problem);
	}

	private String pathOf(String name) {
		return this.path.isEmpty() ? name : this.path + "." + name;
	}

	private static String quote(String text) {
		String shown = (text.length() > MAX_QUOTED_LENGTH) ? text.substring(0, MAX_QUOTED_LENGTH) + "..." : text;
		return "\"" + shown + "\"";
	}

}
