package com.geniusharmony.odoosync.intake;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.TopicReader;
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
	void sweepsOncePerScheduledInstant() {
		SyncSweepTick payload = (SyncSweepTick) TestEvents.sweepTick().payload();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt()).block()).isTrue();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt()).block()).isFalse();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt().minusSeconds(30)).block()).isFalse();
		assertThat(this.ticks.firstTime("test-schedule", payload.scheduledAt().plusSeconds(30)).block()).isTrue();
	}

}
