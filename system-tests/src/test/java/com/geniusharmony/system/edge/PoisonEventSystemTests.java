package com.geniusharmony.system.edge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.events.Topic;
import com.geniusharmony.system.api.NotificationApi;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records no service can read, written straight to the tasks topic: every consumer parks
 * them on the dead-letter topic with its reason and goes on with the next ones.
 */
class PoisonEventSystemTests extends SystemTestBase {

	@Test
	void unreadableAndUnknownVersionEventsAreParkedWithAReasonWhileLaterEventsFlow() {
		DeadLetters kafka = new DeadLetters(system.infrastructure().kafka().bootstrapServers());
		String tasks = Topic.TASKS.name(system.topicSuffix());
		String garbageKey = "garbage-" + UUID.randomUUID();
		String futureKey = "future-" + UUID.randomUUID();
		kafka.write(tasks, garbageKey, "{not json");
		kafka.write(tasks, futureKey, """
				{"event_id": "%s", "type": "task.created", "schema_version": 99, "occurred_at": "%s",
				 "aggregate_id": "%s", "aggregate_version": 1,
				 "data": {"task": {"id": "%s", "project_id": "1", "title": "From the future", "description": "",
				          "status": "todo", "deadline": null, "assignee_ids": [], "priority": "high"}}}
				""".formatted(UUID.randomUUID(), Instant.now(), futureKey, futureKey));

		String bob = createAssignedUser();

		await("the poison records parked by both consumers").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<DeadLetters.Parked> parked = kafka.read(Topic.TASKS.deadLetterName(system.topicSuffix()));
			assertThat(parked).filteredOn((record) -> record.key().equals(garbageKey))
				.extracting(DeadLetters.Parked::consumerGroup)
				.contains("notification-service", "odoo-sync-service");
			assertThat(parked).filteredOn((record) -> record.key().equals(futureKey))
				.extracting(DeadLetters.Parked::consumerGroup)
				.contains("notification-service", "odoo-sync-service");
			assertThat(parked).filteredOn((record) -> record.key().equals(futureKey))
				.allSatisfy((record) -> assertThat(record.reason()).contains("99"));
			assertThat(parked).filteredOn((record) -> record.key().equals(garbageKey))
				.allSatisfy((record) -> assertThat(record.reason()).isNotBlank());
		});
		await("the assignment after the poison notified").atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(new NotificationApi(system.notifications()).mine(bob))
				.extracting((notification) -> notification.get("type").asString())
				.contains("task_assigned"));
	}

	private String createAssignedUser() {
		String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 36);
		JsonNode bob = core.createUser(admin, "poison-bob-" + tag, "poison-bob-" + tag + "@example.com", "Bob",
				"Poison", "correct horse battery");
		JsonNode project = core.createProject(admin, "Poison " + tag, bob.get("id").asString(), List.of());
		core.createTask(admin, project.get("id").asString(), "After the poison", null,
				List.of(bob.get("id").asString()));
		return core.token("poison-bob-" + tag, "correct horse battery");
	}

}
