package com.geniusharmony.odooemulator.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the emulator's answer with a transcript's recorded response. Strict on
 * everything that makes a shape or a kind: HTTP status, content type, whether a session
 * cookie is set, JSON keys, JSON types, list lengths and order, error {@code code},
 * {@code message} and {@code data.name}, {@code ids: false} of a refused load,
 * {@code false} of a failed login, and values. Tolerant only of: record ids (mapped
 * one-to-one, see {@link IdMap}), timestamps ({@code write_date}...: any timestamp),
 * server versions (same JSON shape), the server's own URL, the stack trace
 * ({@code debug}: any text) and the numbers inside messages (ids in {@code MissingError}
 * texts).
 */
final class TranscriptComparison {

	private static final Set<String> TIMESTAMPS = Set.of("write_date", "create_date", "partner_write_date");

	private static final Set<String> VERSIONS = Set.of("server_version", "server_version_info", "server_serie");

	private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

	private final JsonMapper mapper;

	private final RecordedFields fields;

	private final IdMap ids;

	TranscriptComparison(JsonMapper mapper, RecordedFields fields, IdMap ids) {
		this.mapper = mapper;
		this.fields = fields;
		this.ids = ids;
	}

	/**
	 * The differences between a recorded response and an answer, empty if they conform.
	 * @param transcript the transcript
	 * @param actual the emulator's answer
	 * @return the differences, one sentence each
	 */
	List<String> compare(Transcript transcript, Exchange actual) {
		Differences differences = new Differences();
		Transcript.Response expected = transcript.response();
		differences.check(expected.status() == actual.status(),
				"HTTP status " + actual.status() + " instead of " + expected.status());
		differences.check(expected.contentType().equals(actual.contentType()),
				"content type " + actual.contentType() + " instead of " + expected.contentType());
		boolean cookieExpected = expected.setCookie() != null;
		boolean cookieGiven = actual.setCookie() != null && actual.setCookie().startsWith("session_id=");
		differences.check(cookieExpected == cookieGiven, cookieExpected ? "no session_id cookie set"
				: "a cookie set where Odoo sets none: " + actual.setCookie());
		if (expected.body().isString()) {
			differences.check(expected.body().stringValue().equals(actual.body()),
					"body " + actual.body() + " instead of " + expected.body().stringValue());
		}
		else {
			compareJsonBody(RecordedCall.of(transcript), expected.body(), actual.body(), differences);
		}
		return differences.list();
	}

	private void compareJsonBody(RecordedCall call, JsonNode expected, String actualText, Differences differences) {
		JsonNode actual;
		try {
			actual = this.mapper.readTree(actualText);
		}
		catch (JacksonException ex) {
			differences.add("body is not JSON: " + actualText);
			return;
		}
		JsonWalk walk = new JsonWalk(differences);
		if (!walk.sameKeys("$", expected, actual)) {
			return;
		}
		walk.strict("$.jsonrpc", expected.get("jsonrpc"), actual.get("jsonrpc"));
		walk.strict("$.id", expected.get("id"), actual.get("id"));
		if (expected.has("error")) {
			compareError(walk, expected.get("error"), actual.get("error"));
		}
		if (expected.has("result")) {
			compareResult(walk, call, expected.get("result"), actual.get("result"));
		}
	}

	private static void compareError(JsonWalk walk, JsonNode expected, JsonNode actual) {
		if (!walk.sameKeys("$.error", expected, actual)) {
			return;
		}
		walk.strict("$.error.code", expected.get("code"), actual.get("code"));
		walk.strict("$.error.message", expected.get("message"), actual.get("message"));
		JsonNode data = expected.get("data");
		JsonNode actualData = actual.get("data");
		if (!walk.sameKeys("$.error.data", data, actualData)) {
			return;
		}
		walk.strict("$.error.data.name", data.get("name"), actualData.get("name"));
		walk.masked("$.error.data.message", data.get("message"), actualData.get("message"));
		walk.maskedList("$.error.data.arguments", data.get("arguments"), actualData.get("arguments"));
		walk.strict("$.error.data.context", data.get("context"), actualData.get("context"));
		walk.sameType("$.error.data.debug", data.get("debug"), actualData.get("debug"));
	}

	private void compareResult(JsonWalk walk, RecordedCall call, JsonNode expected, JsonNode actual) {
		String model = call.model();
		if (call.kind().equals("common") && expected.isIntegralNumber()) {
			walk.id("$.result", "res.users", expected, actual, this.ids);
		}
		else if (model == null) {
			generic(walk, "$.result", expected, actual);
		}
		else if (call.method().equals("create") || call.method().equals("search")) {
			walk.ids("$.result", model, expected, actual, this.ids);
		}
		else if (call.method().equals("read") || call.method().equals("search_read")) {
			if (walk.sameLength("$.result", expected, actual)) {
				for (int i = 0; i < expected.size(); i++) {
					record(walk, "$.result[" + i + "]", model, expected.get(i), actual.get(i));
				}
			}
		}
		else if (call.method().equals("load") && walk.sameKeys("$.result", expected, actual)) {
			walk.ids("$.result.ids", model, expected.get("ids"), actual.get("ids"), this.ids);
			generic(walk, "$.result.messages", expected.get("messages"), actual.get("messages"));
			walk.strict("$.result.nextrow", expected.get("nextrow"), actual.get("nextrow"));
		}
		else {
			generic(walk, "$.result", expected, actual);
		}
	}

	private void record(JsonWalk walk, String path, String model, JsonNode expected, JsonNode actual) {
		if (!walk.sameKeys(path, expected, actual)) {
			return;
		}
		for (String key : new TreeSet<>(expected.propertyNames())) {
			String at = path + "." + key;
			JsonNode value = expected.get(key);
			String relation = this.fields.relation(model, key);
			if (key.equals("id")) {
				walk.id(at, model, value, actual.get(key), this.ids);
			}
			else if (key.equals("res_id") && expected.path("model").isString()) {
				walk.id(at, expected.get("model").stringValue(), value, actual.get(key), this.ids);
			}
			else if (relation != null && this.fields.isMany2many(model, key)) {
				walk.ids(at, relation, value, actual.get(key), this.ids);
			}
			else if (relation != null && value.isArray() && walk.sameType(at, value, actual.get(key))
					&& walk.sameLength(at, value, actual.get(key)) && value.size() == 2) {
				walk.id(at + "[0]", relation, value.get(0), actual.get(key).get(0), this.ids);
				walk.strict(at + "[1]", value.get(1), actual.get(key).get(1));
			}
			else {
				generic(walk, at, key, value, actual.get(key));
			}
		}
	}

	/**
	 * Strict comparison, except for the keys whose values are known to vary: timestamps,
	 * versions, the server URL, user ids and message texts.
	 */
	private void generic(JsonWalk walk, String path, JsonNode expected, JsonNode actual) {
		generic(walk, path, "", expected, actual);
	}

	private void generic(JsonWalk walk, String path, String key, JsonNode expected, JsonNode actual) {
		if (TIMESTAMPS.contains(key) && expected.isString() && TIMESTAMP.matcher(expected.stringValue()).matches()) {
			walk.check(actual.isString() && TIMESTAMP.matcher(actual.stringValue()).matches(),
					path + " is " + actual + ", not a timestamp");
		}
		else if (VERSIONS.contains(key) || key.equals("web.base.url")) {
			walk.sameShape(path, expected, actual);
		}
		else if (key.equals("uid") && expected.isIntegralNumber()) {
			walk.id(path, "res.users", expected, actual, this.ids);
		}
		else if (key.equals("message") && expected.isString()) {
			walk.masked(path, expected, actual);
		}
		else if (expected.isObject()) {
			if (walk.sameKeys(path, expected, actual)) {
				for (String name : new TreeSet<>(expected.propertyNames())) {
					generic(walk, path + "." + name, name, expected.get(name), actual.get(name));
				}
			}
		}
		else if (expected.isArray()) {
			if (walk.sameType(path, expected, actual) && walk.sameLength(path, expected, actual)) {
				for (int i = 0; i < expected.size(); i++) {
					generic(walk, path + "[" + i + "]", expected.get(i), actual.get(i));
				}
			}
		}
		else {
			walk.strict(path, expected, actual);
		}
	}

	/**
	 * Collected differences.
	 */
	static final class Differences {

		private final List<String> list = new ArrayList<>();

		boolean check(boolean condition, String difference) {
			if (!condition) {
				this.list.add(difference);
			}
			return condition;
		}

		void add(String difference) {
			this.list.add(difference);
		}

		List<String> list() {
			return List.copyOf(this.list);
		}

	}

}
