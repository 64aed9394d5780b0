package com.geniusharmony.events.json;

import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.json.ReadResult.Unreadable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input never throws: it reads as {@link Unreadable}, with a reason that names what
 * is wrong.
 */
class UnreadableEventTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final EventJson json = new EventJson();

	@Test
	void malformedJsonIsUnreadable() {
		Unreadable unreadable = unreadable(bytes("{\"event_id\": \"1b696ee6"));

		assertThat(unreadable.reason()).startsWith("malformed JSON: Unexpected end-of-input")
			.endsWith("(line 1, column 23)");
		assertThat(unreadable.type()).isNull();
		assertThat(unreadable.schemaVersion()).isNull();
	}

	@Test
	void contentAfterTheEventIsMalformedJson() {
		String event = new String(this.json.write(EventSamples.sample(EventType.TASK_CREATED)), StandardCharsets.UTF_8);

		assertThat(unreadable(bytes(event + " {}")).reason()).startsWith("malformed JSON: ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\n" })
	void emptyOrBlankBytesAreUnreadable(String text) {
		assertThat(unreadable(bytes(text)).reason()).isEqualTo("event is empty");
	}

	@Test
	void recordWithoutValueIsUnreadable() {
		Unreadable unreadable = unreadable(null);

		assertThat(unreadable.reason()).isEqualTo("event has no value");
		assertThat(unreadable.raw()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "null", "[1, 2]", "\"task.created\"", "42" })
	void jsonThatIsNotAnObjectIsUnreadable(String text) {
		assertThat(unreadable(bytes(text)).reason()).isEqualTo("event is not a JSON object");
	}

	@Test
	void unknownTypeIsUnreadableAndKeepsTheTypeAndVersion() {
		byte[] bytes = with(EventType.TASK_CREATED, "type", "\"task.exploded\"");

		Unreadable unreadable = unreadable(bytes);

		assertThat(unreadable.reason()).isEqualTo("unknown type \"task.exploded\"");
		assertThat(unreadable.type()).isEqualTo("task.exploded");
		assertThat(unreadable.schemaVersion()).isEqualTo(1);
		assertThat(unreadable.raw()).isSameAs(bytes);
	}

	@Test
	void unreadableEventsAreEqualByContentAndShowTheSizeOfTheirBytes() {
		Unreadable unreadable = unreadable(bytes("[1, 2]"));

		assertThat(unreadable).isEqualTo(unreadable(bytes("[1, 2]"))).hasSameHashCodeAs(unreadable(bytes("[1, 2]")));
		assertThat(unreadable).isNotEqualTo(unreadable(bytes("[1, 3]")));
		assertThat(unreadable)
			.hasToString("Unreadable[reason=event is not a JSON object, type=null, schemaVersion=null, raw=6 bytes]");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 2, 9 })
	void unknownSchemaVersionIsUnreadableAndKeepsTheTypeAndVersion(int version) {
		Unreadable unreadable = unreadable(with(EventType.TASK_CREATED, "schema_version", String.valueOf(version)));

		assertThat(unreadable.reason())
			.isEqualTo("unknown schema version " + version + " of task.created (readable: v1)");
		assertThat(unreadable.type()).isEqualTo("task.created");
		assertThat(unreadable.schemaVersion()).isEqualTo(version);
	}

	@ParameterizedTest
	@ValueSource(strings = { "event_id", "type", "schema_version", "occurred_at", "aggregate_id", "aggregate_version",
			"data" })
	void missingEnvelopeFieldIsUnreadable(String field) {
		assertThat(unreadable(without(EventType.TASK_CREATED, field)).reason()).isEqualTo(field + " is required");
	}

	@ParameterizedTest(name = "{0} without {1}")
	@MethodSource("requiredPayloadFields")
	void missingPayloadFieldIsUnreadable(EventType type, String path) {
		assertThat(unreadable(without(type, path)).reason()).isEqualTo(path + " is required");
	}

	@Test
	void nullInARequiredFieldIsUnreadable() {
		assertThat(unreadable(with(EventType.TASK_UPDATED, "data.task.title", "null")).reason())
			.isEqualTo("data.task.title is required");
	}

	@ParameterizedTest(name = "{1} = {2}")
	@MethodSource("fieldsOfTheWrongType")
	void fieldOfTheWrongTypeIsUnreadable(EventType type, String path, String json, String reason) {
		assertThat(unreadable(with(type, path, json)).reason()).isEqualTo(reason);
	}

	@Test
	void aggregateIdThatIsNotThePayloadsIsUnreadable() {
		assertThat(unreadable(with(EventType.TASK_CREATED, "aggregate_id", "\"43\"")).reason())
			.isEqualTo("inconsistent event: aggregate id \"43\" does not match the payload's aggregate id \"42\"");
	}

	@Test
	void payloadThatContradictsItselfIsUnreadable() {
		assertThat(unreadable(with(EventType.TASK_ASSIGNEE_ADDED, "data.assignee_id", "\"99\"")).reason())
			.isEqualTo("inconsistent event: added assignee 99 must be among the task's assignees");
	}

	static Stream<Arguments> requiredPayloadFields() {
		return Stream.of(Arguments.of(EventType.TASK_CREATED, "data.task"),
				Arguments.of(EventType.TASK_CREATED, "data.task.project_id"),
				Arguments.of(EventType.TASK_UPDATED, "data.task.status"),
				Arguments.of(EventType.TASK_DELETED, "data.task.assignee_ids"),
				Arguments.of(EventType.TASK_ASSIGNEE_REMOVED, "data.assignee_id"),
				Arguments.of(EventType.USER_CREATED, "data.user.username"),
				Arguments.of(EventType.USER_DEACTIVATED, "data.user.active"),
				Arguments.of(EventType.PROJECT_CREATED, "data.project.owner_id"),
				Arguments.of(EventType.PROJECT_MEMBER_ADDED, "data.member_id"),
				Arguments.of(EventType.DEADLINE_TICK, "data.scheduled_at"),
				Arguments.of(EventType.SYNC_SWEEP_TICK, "data.tick_id"),
				Arguments.of(EventType.ODOO_LINK_ESTABLISHED, "data.odoo_id"),
				Arguments.of(EventType.ODOO_LINK_ESTABLISHED, "data.warnings"));
	}

	static Stream<Arguments> fieldsOfTheWrongType() {
		return Stream.of(
				Arguments.of(EventType.TASK_CREATED, "aggregate_version", "\"five\"",
						"aggregate_version must be an integer"),
				Arguments.of(EventType.TASK_CREATED, "schema_version", "1.5", "schema_version must be an integer"),
				Arguments.of(EventType.TASK_CREATED, "type", "7", "type must be a string"),
				Arguments.of(EventType.TASK_CREATED, "event_id", "\"not-a-uuid\"",
						"event_id must be a UUID, was \"not-a-uuid\""),
				Arguments.of(EventType.TASK_CREATED, "occurred_at", "\"yesterday\"",
						"occurred_at must be an ISO-8601 instant such as 2025-04-01T09:00:00Z, was \"yesterday\""),
				Arguments.of(EventType.TASK_CREATED, "aggregate_id", "\"\"", "aggregate_id must not be empty"),
				Arguments.of(EventType.TASK_CREATED, "data", "\"task\"", "data must be an object"),
				Arguments.of(EventType.TASK_CREATED, "data.task", "[]", "data.task must be an object"),
				Arguments.of(EventType.TASK_CREATED, "data.task.project_id", "3",
						"data.task.project_id must be a string"),
				Arguments.of(EventType.TASK_CREATED, "data.task.deadline", "\"tomorrow\"",
						"data.task.deadline must be a date YYYY-MM-DD or null, was \"tomorrow\""),
				Arguments.of(EventType.TASK_CREATED, "data.task.deadline", "20250415",
						"data.task.deadline must be a date YYYY-MM-DD or null"),
				Arguments.of(EventType.TASK_CREATED, "data.task.status", "\"blocked\"",
						"data.task.status must be one of todo, in_progress, done, was \"blocked\""),
				Arguments.of(EventType.TASK_CREATED, "data.task.assignee_ids", "\"12\"",
						"data.task.assignee_ids must be an array of strings"),
				Arguments.of(EventType.TASK_CREATED, "data.task.assignee_ids", "[12]",
						"data.task.assignee_ids[0] must be a string"),
				Arguments.of(EventType.PROJECT_ARCHIVED, "data.project.archived", "\"yes\"",
						"data.project.archived must be true or false"),
				Arguments.of(EventType.ODOO_LINK_ESTABLISHED, "data.odoo_id", "\"1187\"",
						"data.odoo_id must be an integer"),
				Arguments.of(EventType.ODOO_LINK_ESTABLISHED, "data.entity_kind", "\"invoice\"",
						"data.entity_kind must be one of user, project, task, was \"invoice\""),
				Arguments.of(EventType.DEADLINE_TICK, "data.tick_id", "5", "data.tick_id must be a string"));
	}

	private Unreadable unreadable(byte @Nullable [] bytes) {
		ReadResult result = this.json.read(bytes);
		assertThat(result).isInstanceOf(Unreadable.class);
		return (Unreadable) result;
	}

	private byte[] without(EventType type, String path) {
		return edit(type, path, ObjectNode::remove);
	}

	private byte[] with(EventType type, String path, String json) {
		return edit(type, path, (parent, name) -> parent.set(name, MAPPER.readTree(json)));
	}

	/**
	 * Writes the sample event of a type and changes the field at a dotted path before
	 * turning it back into bytes.
	 */
	private byte[] edit(EventType type, String path, BiConsumer<ObjectNode, String> change) {
		ObjectNode parent = (ObjectNode) MAPPER.readTree(this.json.write(EventSamples.sample(type)));
		ObjectNode root = parent;
		String[] names = path.split("\\.");
		for (int i = 0; i < names.length - 1; i++) {
			parent = (ObjectNode) parent.get(names[i]);
		}
		change.accept(parent, names[names.length - 1]);
		return MAPPER.writeValueAsBytes(root);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
