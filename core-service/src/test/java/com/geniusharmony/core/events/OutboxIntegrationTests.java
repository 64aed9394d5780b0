package com.geniusharmony.core.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.support.testing.PrometheusScrape;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboxIntegrationTests extends CoreIntegrationTest {

	@Autowired
	private DatabaseClient database;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Value("${harmony.topic.suffix}")
	private String suffix;

	@Test
	void publishesEveryChangeOfATaskInOrderWithItsFullState() {
		NewUser owner = this.api.user("owner");
		NewUser assignee = this.api.user("assignee");
		String project = this.api.project(owner, List.of(assignee.id()));
		String task = this.api.task(owner.token(), project, List.of());
		Map<String, Object> patch = new HashMap<>();
		patch.put("status", "in_progress");
		patch.put("deadline", "2025-07-01");
		patch.put("assignee_ids", List.of(assignee.id()));
		this.api.ok(HttpMethod.PATCH, "/api/tasks/" + task, owner.token(), patch);
		this.api.call(HttpMethod.DELETE, "/api/tasks/" + task, owner.token(), null).expectStatus().isNoContent();

		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.TASKS.name(this.suffix), task,
				5);
		assertThat(events).extracting((event) -> event.type().wireName())
			.containsExactly("task.created", "task.updated", "task.deadline_changed", "task.assignee_added",
					"task.deleted");
		assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(events).allSatisfy((event) -> assertThat(event.aggregateId()).isEqualTo(task));
		TaskDeadlineChanged deadline = (TaskDeadlineChanged) events.get(2).payload();
		assertThat(deadline.previousDeadline()).hasToString("2025-06-30");
		assertThat(deadline.task().deadline()).hasToString("2025-07-01");
		assertThat(deadline.task().status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(((TaskAssigneeAdded) events.get(3).payload()).assigneeId()).isEqualTo(assignee.id());
		TaskDeleted deleted = (TaskDeleted) events.get(4).payload();
		assertThat(deleted.task().assigneeIds()).containsExactly(assignee.id());
		assertThat(deleted.task().projectId()).isEqualTo(project);
	}

	@Test
	void keysEachEventByItsAggregateAndNeverPublishesAPassword() {
		NewUser user = this.api.user("keyed");
		List<ConsumerRecord<String, byte[]>> records = TestEvents.awaitRecords(this.bootstrapServers,
				Topic.USERS.name(this.suffix), user.id(), 1, Duration.ofSeconds(30));
		assertThat(records.get(0).key()).isEqualTo(user.id());
		assertThat(new String(records.get(0).value())).doesNotContain(user.password()).doesNotContain("$2b$");
		UserCreated created = (UserCreated) TestEvents.read(records.get(0).value()).payload();
		assertThat(created.user().username()).isEqualTo(user.username());
		assertThat(created.user().email()).isEqualTo(user.username() + "@example.com");
	}

	@Test
	void deletesPublishedRows() {
		NewUser owner = this.api.user("cleanup");
		String project = this.api.project(owner, List.of());
		TestEvents.awaitEvents(this.bootstrapServers, Topic.PROJECTS.name(this.suffix), project, 1);
		await().atMost(Duration.ofSeconds(30)).until(() -> outboxRowsOf(project) == 0);
	}

	@Test
	void exposesTheRelaysMetrics() {
		NewUser owner = this.api.user("metrics");
		TestEvents.awaitEvents(this.bootstrapServers, Topic.USERS.name(this.suffix), owner.id(), 1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(PrometheusScrape.of(this.web)).contains("harmony_outbox_backlog")
				.contains("harmony_outbox_published_total")
				.contains("harmony_outbox_publish_latency_seconds_bucket"));
	}

	private long outboxRowsOf(String aggregateId) {
		return this.database.sql("select count(*) from outbox where aggregate_id = :id")
			.bind("id", aggregateId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
