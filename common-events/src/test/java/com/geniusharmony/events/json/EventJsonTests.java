package com.geniusharmony.events.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.json.ReadResult.Readable;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventJsonTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final EventJson json = new EventJson();

	@ParameterizedTest
	@EnumSource(EventType.class)
	void readsBackWhatItWrote(EventType type) {
		EventEnvelope envelope = EventEnvelope.of(EventSamples.payload(type), 12, Instant.now());

		assertThat(this.json.read(this.json.write(envelope))).isEqualTo(new Readable(envelope));
	}

	@Test
	void writesSnakeCaseEnvelopeFieldsInContractOrder() {
		JsonNode written = MAPPER.readTree(this.json.write(EventSamples.sample(EventType.TASK_CREATED)));

		assertThat(written.propertyNames()).containsExactly("event_id", "type", "schema_version", "occurred_at",
				"aggregate_id", "aggregate_version", "data");
	}

	@Test
	void writesUtf8() {
		UserState user = new UserState("8", "zoe", "zoe@example.com", "Zoé", "Ngô", true);
		EventEnvelope envelope = EventEnvelope.of(new UserCreated(user), 1, Instant.now());

		byte[] written = this.json.write(envelope);

		assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"first_name\":\"Zoé\"");
		assertThat(this.json.read(written)).isEqualTo(new Readable(envelope));
	}

	@Test
	void ignoresFieldsItDoesNotKnowInTheEnvelopeAndTheData() {
		EventEnvelope sample = EventSamples.sample(EventType.TASK_CREATED);
		ObjectNode tree = (ObjectNode) MAPPER.readTree(this.json.write(sample));
		tree.put("trace_id", "abc");
		((ObjectNode) tree.get("data")).put("reason", "imported");
		((ObjectNode) tree.get("data").get("task")).putObject("labels").put("color", "red");

		assertThat(this.json.read(MAPPER.writeValueAsBytes(tree))).isEqualTo(new Readable(sample));
	}

	@Test
	void readsAMissingOptionalDateAsNone() {
		EventEnvelope sample = EventSamples.sample(EventType.TASK_CREATED);
		ObjectNode tree = (ObjectNode) MAPPER.readTree(this.json.write(sample));
		((ObjectNode) tree.get("data").get("task")).remove("deadline");

		ReadResult result = this.json.read(MAPPER.writeValueAsBytes(tree));

		TaskState task = ((TaskCreated) ((Readable) result).envelope().payload()).task();
		assertThat(task.deadline()).isNull();
	}

	@Test
	void writesAMissingDeadlineAsNull() {
		TaskState task = new TaskState("42", "3", "Write", "", TaskStatus.TODO, null, List.of());
		JsonNode written = MAPPER.readTree(this.json.write(EventEnvelope.of(new TaskCreated(task), 1, Instant.now())));

		assertThat(written.get("data").get("task").get("deadline").isNull()).isTrue();
	}

	@Test
	void readsAnInstantWithAnOffsetAsTheSameInstant() {
		EventEnvelope sample = EventSamples.sample(EventType.TASK_CREATED);
		ObjectNode tree = (ObjectNode) MAPPER.readTree(this.json.write(sample));
		tree.put("occurred_at", "2025-04-01T10:15:30.123456+02:00");

		ReadResult result = this.json.read(MAPPER.writeValueAsBytes(tree));

		assertThat(((Readable) result).envelope().occurredAt()).isEqualTo(sample.occurredAt());
	}

	@Test
	void refusesToWriteAnEnvelopeAtAnotherThanTheCurrentVersion() {
		EventEnvelope sample = EventSamples.sample(EventType.TASK_CREATED);
		EventEnvelope older = new EventEnvelope(sample.eventId(), sample.type(), 2, sample.occurredAt(),
				sample.aggregateId(), sample.aggregateVersion(), sample.payload());

		assertThatIllegalArgumentException().isThrownBy(() -> this.json.write(older))
			.withMessage("task.created is written at v1, not v2");
	}

}
