package com.geniusharmony.odooemulator.conformance;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TranscriptComparisonTests {

	private static final String JSON = "application/json; charset=utf-8";

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final TranscriptComparison comparison = new TranscriptComparison(this.mapper,
			new RecordedFields(this.mapper), new IdMap());

	@Test
	void acceptsOtherIdsMappedOneToOne() {
		assertThat(compare(create("Alice"), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":919}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":7}"))
			.isEmpty();
		assertThat(compare(read(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":919,\"name\":\"Alice\"}]}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":7,\"name\":\"Alice\"}]}"))
			.isEmpty();
	}

	@Test
	void rejectsAnIdThatContradictsTheMapping() {
		compare(create("Alice"), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":919}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":7}");
		assertThat(compare(read(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":919,\"name\":\"Alice\"}]}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":8,\"name\":\"Alice\"}]}"))
			.singleElement()
			.asString()
			.contains("$.result[0].id");
		assertThat(compare(create("Bob"), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":920}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":7}"))
			.singleElement()
			.asString()
			.contains("mapped to another id");
	}

	@Test
	void rejectsAValueOfAnotherJsonType() {
		assertThat(compare(call("res.partner", "search_count", "[[]]"), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":3}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":[3]}"))
			.singleElement()
			.asString()
			.contains("is array");
		assertThat(compare(create("Alice"), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":919}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"919\"}"))
			.isNotEmpty();
		assertThat(compare(search(), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":false}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":2}"))
			.isNotEmpty();
	}

	@Test
	void rejectsAMissingOrExtraKey() {
		assertThat(compare(read(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":919,\"name\":\"Alice\"}]}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":7,\"name\":\"Alice\",\"email\":false}]}"))
			.singleElement()
			.asString()
			.contains("has keys");
		assertThat(compare(read(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":919,\"name\":\"Alice\"}]}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{}}"))
			.isNotEmpty();
	}

	@Test
	void rejectsAnotherValue() {
		assertThat(compare(read(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":919,\"name\":\"Alice\"}]}",
				"{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":[{\"id\":7,\"name\":\"Alicia\"}]}"))
			.singleElement()
			.asString()
			.contains("$.result[0].name");
	}

	@Test
	void toleratesNumbersInsideErrorMessagesButNotOtherWording() {
		String recorded = error("odoo.exceptions.MissingError", "Record does not exist.\\n(Record: res.partner(921,))");
		assertThat(compare(search(), recorded,
				error("odoo.exceptions.MissingError", "Record does not exist.\\n(Record: res.partner(9,))")))
			.isEmpty();
		assertThat(compare(search(), recorded,
				error("odoo.exceptions.MissingError", "Record is gone.\\n(Record: res.partner(9,))")))
			.hasSize(2);
		assertThat(compare(search(), recorded,
				error("odoo.exceptions.UserError", "Record does not exist.\\n(Record: res.partner(921,))")))
			.singleElement()
			.asString()
			.contains("$.error.data.name");
	}

	@Test
	void toleratesTimestampsVersionsAndStackTraces() {
		assertThat(compare(version(),
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"server_version\":\"18.0+e-20241005\","
						+ "\"server_version_info\":[18,0,0,\"final\",0,\"e\"],\"write_date\":\"2026-11-24 19:18:19\"}}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"server_version\":\"18.0\","
						+ "\"server_version_info\":[18,0,0,\"final\",0,\"\"],\"write_date\":\"2027-01-02 03:04:05\"}}"))
			.isEmpty();
		assertThat(compare(version(),
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"server_version_info\":[18,0,0,\"final\",0,\"e\"]}}",
				"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"server_version_info\":[18,0,0,\"final\",0]}}"))
			.isNotEmpty();
		assertThat(
				compare(version(), "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"write_date\":\"2026-11-24 19:18:19\"}}",
						"{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"write_date\":\"yesterday\"}}"))
			.isNotEmpty();
	}

	@Test
	void comparesStatusContentTypeAndSessionCookie() {
		Transcript transcript = Transcript.parse(this.mapper.readTree("{\"n\":1,\"title\":\"t\",\"request\":"
				+ "{\"method\":\"POST\",\"path\":\"/jsonrpc\",\"body\":\"{not json\"},\"response\":{\"status\":400,"
				+ "\"content_type\":\"text/html; charset=utf-8\",\"set_cookie\":null,\"body\":\"Invalid JSON data\"}}"));
		assertThat(this.comparison.compare(transcript,
				new Exchange(400, "text/html; charset=utf-8", null, "Invalid JSON data")))
			.isEmpty();
		assertThat(this.comparison.compare(transcript, new Exchange(200, JSON, "session_id=x", "Invalid JSON")))
			.hasSize(4);
	}

	private List<String> compare(String request, String recorded, String answer) {
		Transcript transcript = Transcript.parse(this.mapper.readTree("{\"n\":1,\"title\":\"t\",\"request\":"
				+ "{\"method\":\"POST\",\"path\":\"/jsonrpc\",\"body\":" + request + "},\"response\":{\"status\":200,"
				+ "\"content_type\":\"" + JSON + "\",\"set_cookie\":null,\"body\":" + recorded + "}}"));
		return this.comparison.compare(transcript, new Exchange(200, JSON, null, answer));
	}

	private static String create(String name) {
		return call("res.partner", "create", "[{\"name\":\"" + name + "\"}]");
	}

	private static String read() {
		return call("res.partner", "read", "[[919]]");
	}

	private static String search() {
		return call("res.partner", "search", "[[]]");
	}

	private static String version() {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"common\",\"method\":\"version\","
				+ "\"args\":[]},\"id\":1}";
	}

	private static String call(String model, String method, String args) {
		return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\",\"method\":\"execute_kw\","
				+ "\"args\":[\"harmony\",2,\"admin\",\"" + model + "\",\"" + method + "\"," + args + ",{}]},\"id\":1}";
	}

	private static String error(String name, String message) {
		return "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":200,\"message\":\"Odoo Server Error\",\"data\":"
				+ "{\"name\":\"" + name + "\",\"debug\":\"Traceback " + name.length() + "\",\"message\":\"" + message
				+ "\",\"arguments\":[\"" + message + "\"],\"context\":{}}}}";
	}

}
