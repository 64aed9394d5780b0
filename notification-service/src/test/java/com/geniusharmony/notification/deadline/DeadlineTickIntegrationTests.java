package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestApi;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.support.kafka.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From the topics to the API: task events build the projection, a deadline tick on the
 * ticks topic makes the reminders.
 */
class DeadlineTickIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	@Autowired
	private MeterRegistry meters;

	@Test
	void remindsTheAssigneesOfATaskDueTodayWhenATickArrives() throws Exception {
		TestEvents events = new TestEvents(this.kafka, this.topicNames);
		String ann = TestTokens.newUserId();
		String bob = TestTokens.newUserId();
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ZoneId.of(TIME_ZONE));
		String task = TestEvents.newTaskId();
		events.publish(EventEnvelope.of(new TaskCreated(TestEvents.task(task, today, List.of(ann, bob))), 1, now));
		await().atMost(Duration.ofSeconds(60)).until(() -> new ProjectedTasks(this.database).find(task).isPresent());
		double before = createdToday();
		String schedule = "check-" + UUID.randomUUID();
		SyncSweepTick sweep = new SyncSweepTick("batch_sync_odoo_pending", now, UUID.randomUUID());
		events.publish(EventEnvelope.of(sweep, sweep.aggregateVersion(), now));
		events.publish(TestEvents.deadlineTick(schedule, now));
		TestApi api = new TestApi(this.client);
		for (String user : List.of(ann, bob)) {
			assertThat(api.awaitCount(user, 2)).extracting((n) -> n.get("type") + " " + n.get("title"))
				.containsExactlyInAnyOrder("deadline_today 🔴 Deadline today: Write the report",
						"task_assigned 📋 New task: Write the report");
		}
		assertThat(createdToday()).isGreaterThanOrEqualTo(before + 2);
		assertThat(this.meters.get("harmony.notifications.deadline.check").timer().count()).isPositive();
	}

	private double createdToday() {
		return this.meters.get("harmony.notifications.issued").tag("type", "deadline_today").counter().count();
	}

}
