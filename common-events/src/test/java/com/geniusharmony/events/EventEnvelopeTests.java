package com.geniusharmony.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.tick.DeadlineTick;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventEnvelopeTests {

	private static final Instant NOW = Instant.parse("2025-04-01T10:00:00Z");

	@Test
	void ofTakesTypeVersionAndAggregateIdFromThePayload() {
		EventPayload payload = EventSamples.payload(EventType.TASK_ASSIGNEE_ADDED);

		EventEnvelope envelope = EventEnvelope.of(payload, 9, NOW);

		assertThat(envelope.type()).isEqualTo(EventType.TASK_ASSIGNEE_ADDED);
		assertThat(envelope.schemaVersion()).isEqualTo(EventType.TASK_ASSIGNEE_ADDED.currentVersion());
		assertThat(envelope.aggregateId()).isEqualTo("42");
		assertThat(envelope.aggregateVersion()).isEqualTo(9);
		assertThat(envelope.occurredAt()).isEqualTo(NOW);
		assertThat(envelope.payload()).isSameAs(payload);
	}

	@Test
	void ofGivesEveryEventANewEventId() {
		EventPayload payload = EventSamples.payload(EventType.USER_CREATED);

		assertThat(EventEnvelope.of(payload, 1, NOW).eventId())
			.isNotEqualTo(EventEnvelope.of(payload, 1, NOW).eventId());
	}

	@Test
	void keyIsTheAggregateIdAndTopicThatOfTheType() {
		EventEnvelope envelope = EventSamples.sample(EventType.PROJECT_MEMBER_ADDED);

		assertThat(envelope.key()).isEqualTo("3");
		assertThat(envelope.topic()).isEqualTo(Topic.PROJECTS);
	}

	@Test
	void rejectsAnAggregateIdThatIsNotThePayloads() {
		EventPayload payload = EventSamples.payload(EventType.TASK_CREATED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventEnvelope(UUID.randomUUID(), EventType.TASK_CREATED, 1, NOW, "43", 1, payload))
			.withMessage("aggregate id \"43\" does not match the payload's aggregate id \"42\"");
	}

	@Test
	void rejectsATypeThatIsNotThePayloads() {
		EventPayload payload = EventSamples.payload(EventType.TASK_CREATED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventEnvelope(UUID.randomUUID(), EventType.TASK_UPDATED, 1, NOW, "42", 1, payload))
			.withMessage("type task.updated does not match the payload, a task.created");
	}

	@Test
	void rejectsASchemaVersionBelowOneAndANegativeAggregateVersion() {
		EventPayload payload = EventSamples.payload(EventType.TASK_CREATED);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventEnvelope(UUID.randomUUID(), EventType.TASK_CREATED, 0, NOW, "42", 1, payload))
			.withMessageContaining("schema version");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EventEnvelope(UUID.randomUUID(), EventType.TASK_CREATED, 1, NOW, "42", -1, payload))
			.withMessageContaining("aggregate version");
	}

	@Test
	void tickIsKeyedByScheduleAndItsVersionGrowsWithTheScheduledInstant() {
		DeadlineTick nine = new DeadlineTick("check_deadline_notifications", Instant.parse("2025-04-01T09:00:00Z"),
				UUID.randomUUID());
		DeadlineTick ten = new DeadlineTick("check_deadline_notifications", Instant.parse("2025-04-01T10:00:00Z"),
				UUID.randomUUID());

		EventEnvelope envelope = EventEnvelope.of(nine, nine.aggregateVersion(), NOW);

		assertThat(envelope.key()).isEqualTo("check_deadline_notifications");
		assertThat(envelope.aggregateVersion()).isEqualTo(1743498000000L);
		assertThat(ten.aggregateVersion()).isGreaterThan(nine.aggregateVersion());
	}

	@Test
	void odooLinkIsKeyedByEntityKindAndId() {
		OdooLinkEstablished link = new OdooLinkEstablished(EntityKind.PROJECT, "3", "project.project", 55, 5,
				List.of());

		assertThat(EventEnvelope.of(link, 1, NOW).key()).isEqualTo("project:3");
	}

}
