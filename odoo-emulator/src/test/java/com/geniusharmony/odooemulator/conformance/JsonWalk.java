package com.geniusharmony.odooemulator.conformance;

import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The comparisons {@link TranscriptComparison} is made of, each recording a difference at
 * a JSON path when it fails.
 */
final class JsonWalk {

	private final TranscriptComparison.Differences differences;

	JsonWalk(TranscriptComparison.Differences differences) {
		this.differences = differences;
	}

	boolean check(boolean condition, String difference) {
		return this.differences.check(condition, difference);
	}

	boolean sameType(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
		return check(type(expected).equals(type(actual)),
				path + " is " + type(actual) + " " + actual + ", recorded " + type(expected) + " " + expected);
	}

	boolean sameKeys(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
		if (!sameType(path, expected, actual) || expected == null || actual == null || !expected.isObject()) {
			return expected != null && actual != null && type(expected).equals(type(actual));
		}
		Set<String> recorded = new TreeSet<>(expected.propertyNames());
		Set<String> given = new TreeSet<>(actual.propertyNames());
		return check(recorded.equals(given), path + " has keys " + given + ", recorded " + recorded);
	}

	boolean sameLength(String path, JsonNode expected, @Nullable JsonNode actual) {
		if (!sameType(path, expected, actual) || actual == null) {
			return false;
		}
		return check(expected.size() == actual.size(),
				path + " has " + actual.size() + " elements, recorded " + expected.size());
	}

	void strict(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
		if (sameType(path, expected, actual) && expected != null && actual != null) {
			boolean same = expected.isNumber() ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
					: expected.equals(actual);
			check(same, path + " is " + actual + ", recorded " + expected);
		}
	}

	/**
	 * Same JSON shape (types, keys, lengths) whatever the values: for server versions and
	 * URLs.
	 */
	void sameShape(String path, JsonNode expected, @Nullable JsonNode actual) {
		if (!sameType(path, expected, actual) || actual == null) {
			return;
		}
		if (expected.isArray() && sameLength(path, expected, actual)) {
			for (int i = 0; i < expected.size(); i++) {
				sameShape(path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
		else if (expected.isObject() && sameKeys(path, expected, actual)) {
			expected.propertyNames().forEach((key) -> sameShape(path + "." + key, expected.get(key), actual.get(key)));
		}
	}

	/**
	 * Same text once every number is masked: the wording must match, the ids inside may
	 * differ.
	 */
	void masked(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {
		if (sameType(path, expected, actual) && expected != null && actual != null && expected.isString()) {
			check(mask(expected.stringValue()).equals(mask(actual.stringValue())),
					path + " is " + actual + ", recorded " + expected);
		}
		else if (expected != null && actual != null && !expected.isString()) {
			strict(path, expected, actual);
		}
	}

	void maskedList(String path, JsonNode expected, @Nullable JsonNode actual) {
		if (sameLength(path, expected, actual) && actual != null) {
			for (int i = 0; i < expected.size(); i++) {
				masked(path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
	}

	/**
	 * A record id: any id, as long as the mapping from recorded ids stays one-to-one.
	 */
	void id(String path, String model, JsonNode expected, @Nullable JsonNode actual, IdMap ids) {
		if (!expected.isIntegralNumber()) {
			strict(path, expected, actual);
			return;
		}
		if (check(actual != null && actual.isIntegralNumber(), path + " is " + actual + ", recorded id " + expected)) {
			check(ids.bind(model, expected.longValue(), actual.longValue()), path + " is " + model + " id " + actual
					+ ", but recorded id " + expected + " was mapped to another id before");
		}
	}

	/**
	 * A list of record ids (or one id, or {@code false}).
	 */
	void ids(String path, String model, JsonNode expected, @Nullable JsonNode actual, IdMap ids) {
		if (!expected.isArray()) {
			id(path, model, expected, actual, ids);
			return;
		}
		if (sameLength(path, expected, actual) && actual != null) {
			for (int i = 0; i < expected.size(); i++) {
				id(path + "[" + i + "]", model, expected.get(i), actual.get(i), ids);
			}
		}
	}

	static String mask(String text) {
		return text.replaceAll("\\d+", "#");
	}

	static String type(@Nullable JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "absent";
		}
		if (node.isIntegralNumber()) {
			return "integer";
		}
		if (node.isNumber()) {
			return "float";
		}
		return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
	}

}
