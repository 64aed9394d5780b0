package com.geniusharmony.odoosync.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserUpdated;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.TopicReader;
import com.geniusharmony.odoosync.state.SyncStateRepository;
import com.geniusharmony.odoosync.state.TrackedChange;
import com.geniusharmony.support.kafka.EventRecords;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeIntegrationTests extends SyncIntegrationTest {

	@Autowired
	private SweepTickRepository ticks;

	@Autowired
	private DeadLetters replayer;

	@Autowired
	private SyncStateRepository states;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void everyListenerConsumesInTheServicesOneGroup() {
		assertThat(this.listeners.getListenerContainers()).isNotEmpty()
			.allSatisfy((container) -> assertThat(container.getGroupId()).isEqualTo("odoo-sync-service"));
	}

	@Test
	void parksAnUnreadableRecordOnTheDeadLetterTopicAndGoesOn() throws Exception {
		String id = TestEvents.newId();
		this.kafka.send(this.topicNames.of(Topic.USERS), id, "{not an event".getBytes(StandardCharsets.UTF_8))
			.get(10, TimeUnit.SECONDS);
		publish(TestEvents.event(new UserCreated(TestEvents.user(id, "Pia", "Next", "pia@example.com")), 1));
		awaitRecord(EntityKind.USER, id);
		assertThat(TopicReader.readUntil(this.bootstrapServers, this.topicNames.deadLetterOf(Topic.USERS),
				(records) -> records.stream().anyMatch((record) -> id.equals(record.key()))))
			.isNotEmpty();
	}

	@Test
	void recordsTheDeadLettersThatCanBeReadNowWhenReplayed() throws Exception {
		String id = TestEvents.newId();
		EventEnvelope parked = TestEvents.event(new UserCreated(TestEvents.user(id, "Val", "Later", "")), 1);
		String deadLetters = this.topicNames.deadLetterOf(Topic.USERS);
		this.kafka.send(deadLetters, id, EventRecords.write(parked)).get(10, TimeUnit.SECONDS);
		this.kafka.send(deadLetters, id, "{still not an event".getBytes(StandardCharsets.UTF_8))
			.get(10, TimeUnit.SECONDS);
		DeadLetterReplay replay = this.replayer.replay().block();
		assertThat(replay.recorded()).isOne();
		assertThat(replay.unreadable()).isPositive();
		assertThat(replay.read()).isGreaterThanOrEqualTo(2);
		assertThat(awaitRecord(EntityKind.USER, id).get("name")).isEqualTo("Val Later");
		assertThat(this.replayer.replay().block().recorded()).isZero();
	}

	@Test
	void recordsAPollsChangesInOneStatementKeepingEachEntitysLatest() {
		String first = TestEvents.newId();
		String second = TestEvents.newId();
		EventEnvelope firstV1 = TestEvents.event(new UserCreated(TestEvents.user(first, "Ada", "One", "")), 1);
		EventEnvelope firstV2 = TestEvents.event(new UserUpdated(TestEvents.user(first, "Ada", "Two", "")), 2);
		EventEnvelope secondV1 = TestEvents.event(new UserCreated(TestEvents.user(second, "Bo", "One", "")), 1);

		// a poll may hold a later change before an earlier one (a replay, several
		// partitions)
		assertThat(this.states.record(changes(firstV2, firstV1, secondV1)).block()).isEqualTo(2);
		assertThat(state(EntityKind.USER, first).version()).isEqualTo(2);
		assertThat(state(EntityKind.USER, first).state().at("/user/last_name").asString()).isEqualTo("Two");
		assertThat(state(EntityKind.USER, second).version()).isEqualTo(1);

		assertThat(this.states.record(changes(firstV1, secondV1, firstV2)).block()).isZero();
		EventEnvelope firstV3 = TestEvents.event(new UserUpdated(TestEvents.user(first, "Ada", "Three", "")), 3);
		assertThat(this.states.record(changes(firstV3, secondV1)).block()).isOne();
		assertThat(state(EntityKind.USER, first).version()).isEqualTo(3);
		assertThat(state(EntityKind.USER, first).state().at("/user/last_name").asString()).isEqualTo("Three");
		assertThat(this.states.record(List.of()).block()).isZero();
	}

	private static List<TrackedChange> changes(EventEnvelope... events) {
		return Stream.of(events).map((event) -> TrackedChange.of(event).orElseThrow()).toList();
	}

	@Test
	void sweepsOncePerScheduledInstant() {
		SyncSweepTick payload = (SyncSweepTick) TestEvents.sweepTick().payload();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt()).block()).isTrue();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt()).block()).isFalse();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt().minusSeconds(30)).block()).isFalse();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt().plusSeconds(30)).block()).isTrue();
	}

}
