package com.geniusharmony.odooemulator.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.geniusharmony.odooemulator.OdooEmulator;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Replays every transcript recorded from Odoo 18, in order, against a fresh emulator over
 * HTTP, and shows that the comparison would catch an emulator that answered differently.
 */
class TranscriptConformanceTests {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static OdooEmulator emulator;

	@BeforeAll
	static void startEmulator() {
		emulator = OdooEmulator.start();
	}

	@AfterAll
	static void stopEmulator() {
		emulator.stop();
	}

	@Test
	void readsEveryRecordedTranscript() {
		List<Transcript> transcripts = Transcript.load(mapper);
		assertThat(transcripts).hasSize(39);
		assertThat(transcripts).extracting(Transcript::n).doesNotHaveDuplicates();
	}

	@TestFactory
	Stream<DynamicTest> everyTranscriptGetsItsRecordedAnswer() {
		TranscriptReplayer replayer = new TranscriptReplayer(emulator.baseUrl(), mapper);
		return Transcript.load(mapper)
			.stream()
			.map((transcript) -> dynamicTest(transcript.n() + ". " + transcript.title(),
					() -> assertThat(replayer.replay(transcript)).as("differences from the recorded answer")
						.isEmpty()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("alterations")
	void alteredTranscriptIsCaught(String change, int n, UnaryOperator<Transcript.Response> alteration) {
		List<Transcript> transcripts = new ArrayList<>();
		for (Transcript transcript : Transcript.load(mapper)) {
			transcripts.add((transcript.n() == n) ? transcript.withResponse(alteration.apply(transcript.response()))
					: transcript);
		}
		List<Integer> failing = new ArrayList<>();
		try (OdooEmulator fresh = OdooEmulator.start()) {
			TranscriptReplayer replayer = new TranscriptReplayer(fresh.baseUrl(), mapper);
			for (Transcript transcript : transcripts) {
				if (!replayer.replay(transcript).isEmpty()) {
					failing.add(transcript.n());
				}
			}
		}
		// Later transcripts may fail too when the altered one hid an id they use; none
		// may fail before it.
		assertThat(failing).as("transcripts that failed").isNotEmpty().first().isEqualTo(n);
	}

	static Stream<Arguments> alterations() {
		return Stream.of(alteration("a count that becomes a list", 15, (response) -> result(response, ids(3))),
				alteration("another error kind", 7,
						(response) -> edit(response, "/error/data",
								(data) -> data.put("name", "odoo.exceptions.ValidationError"))),
				alteration("another error wording", 16,
						(response) -> edit(response, "/error/data",
								(data) -> data.put("message", "Unknown field 'no_such_field' on model 'res.partner'"))),
				alteration("another error code", 6,
						(response) -> edit(response, "/error", (error) -> error.put("code", 100))),
				alteration("a refused load with a list of ids", 29,
						(response) -> edit(response, "/result", (result) -> result.set("ids", ids()))),
				alteration("a failed login answering an id", 3, (response) -> result(response, IntNode.valueOf(2))),
				alteration("a read without one of its fields", 13,
						(response) -> edit(response, "/result/0", (record) -> record.remove("active"))),
				alteration("a datetime read as a date", 32,
						(response) -> edit(response, "/result/0",
								(record) -> record.put("date_deadline", "2026-12-01"))),
				alteration("a many2one read as a bare id", 32,
						(response) -> edit(response, "/result/0", (record) -> record.put("project_id", 4))),
				alteration("one external id less", 31,
						(response) -> edit(response, "", (body) -> ((ArrayNode) body.get("result")).remove(2))),
				alteration("a created id given as text", 10, (response) -> result(response, StringNode.valueOf("919"))),
				alteration("a successful search given as an error", 20,
						(response) -> edit(response, "", (body) -> body.set("result", BooleanNode.FALSE))),
				alteration("malformed JSON answered 200", 35, (response) -> response.withStatus(200)),
				alteration("no session cookie after call_kw", 38, (response) -> response.withSetCookie(null)));
	}

	private static Arguments alteration(String change, int n, UnaryOperator<Transcript.Response> alteration) {
		return Arguments.of(change + " (transcript " + n + ")", n, alteration);
	}

	private static Transcript.Response result(Transcript.Response response, JsonNode result) {
		return edit(response, "", (body) -> body.set("result", result));
	}

	private static Transcript.Response edit(Transcript.Response response, String pointer,
			java.util.function.Consumer<ObjectNode> change) {
		JsonNode body = response.body().deepCopy();
		change.accept((ObjectNode) body.at(pointer));
		return response.withBody(body);
	}

	private static ArrayNode ids(int... ids) {
		ArrayNode array = mapper.createArrayNode();
		for (int id : ids) {
			array.add(id);
		}
		return array;
	}

}
