package com.geniusharmony.notification.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestApi;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.support.kafka.TopicNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's preferences through {@code /api/notifications/preferences/}, and muting where
 * notifications are made.
 */
class PreferencesIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Test
	void givesTheDefaultsToAUserWhoChoseNothing() {
		assertThat(TestInbox.of(this.client, TestTokens.newUserId()).get("/preferences/"))
			.containsEntry("muted_types", List.of())
			.containsEntry("deadline_digest", false)
			.containsEntry("language", null)
			.containsEntry("unmutable_types", List.of("deadline_overdue", "deadline_digest"));
	}

	@Test
	void keepsWhatTheUserChose() {
		TestInbox inbox = TestInbox.of(this.client, TestTokens.newUserId());
		Map<String, Object> chosen = Map.of("muted_types", List.of("project_assigned", "deadline_3days"),
				"deadline_digest", true, "language", "fr-FR");
		Map<String, Object> saved = inbox.ok(HttpMethod.PUT, "/preferences/", chosen);
		assertThat(saved).containsEntry("muted_types", List.of("project_assigned", "deadline_3days"))
			.containsEntry("deadline_digest", true)
			.containsEntry("language", "fr");
		assertThat(inbox.get("/preferences")).isEqualTo(saved);
		// what is left out takes its default
		assertThat(inbox.ok(HttpMethod.PUT, "/preferences/", Map.of("deadline_digest", true)))
			.containsEntry("muted_types", List.of())
			.containsEntry("language", null);
	}

	@Test
	void refusesAnUnknownOrUnmutableTypeAndAnUnknownLanguageChangingNothing() {
		TestInbox inbox = TestInbox.of(this.client, TestTokens.newUserId());
		inbox.ok(HttpMethod.PUT, "/preferences/", Map.of("muted_types", List.of("project_assigned")));
		inbox.assertBadRequest(HttpMethod.PUT, "/preferences/",
				Map.of("muted_types", List.of("task_assigned", "birthday")), "muted_types[1]");
		inbox.assertBadRequest(HttpMethod.PUT, "/preferences/", Map.of("muted_types", List.of("deadline_overdue")),
				"muted_types[0]");
		inbox.assertBadRequest(HttpMethod.PUT, "/preferences/", Map.of("language", "de"), "language");
		inbox.assertBadRequest(HttpMethod.PUT, "/preferences/", Map.of("deadline_digest", "sometimes"),
				"deadline_digest");
		assertThat(inbox.get("/preferences/")).containsEntry("muted_types", List.of("project_assigned"));
	}

	@Test
	void storesNothingOfAMutedType() {
		String user = TestTokens.newUserId();
		TestInbox.of(this.client, user)
			.ok(HttpMethod.PUT, "/preferences/", Map.of("muted_types", List.of("project_assigned")));
		assertThat(TestNotifications.create(this.notifications, user, NotificationType.PROJECT_ASSIGNED, "muted"))
			.isFalse();
		assertThat(TestNotifications.create(this.notifications, user, NotificationType.TASK_ASSIGNED, "kept")).isTrue();
		assertThat(new TestApi(this.client).notificationsOf(user)).extracting((n) -> n.get("type"))
			.containsExactly("task_assigned");
	}

	@Test
	void leavesOutAMutedRecipientOfAnAssignmentEvent() throws Exception {
		String muter = TestTokens.newUserId();
		String other = TestTokens.newUserId();
		TestInbox.of(this.client, muter)
			.ok(HttpMethod.PUT, "/preferences/", Map.of("muted_types", List.of("task_assigned")));
		TaskState task = new TaskState("task-" + UUID.randomUUID(), "project-7", "Write the report", "",
				TaskStatus.TODO, null, List.of(muter, other));
		new TestEvents(this.kafka, this.topicNames).publish(EventEnvelope.of(new TaskCreated(task), 1, Instant.now()));
		TestApi api = new TestApi(this.client);
		api.awaitCount(other, 1);
		// one event made both: the muted one was left out, not late
		assertThat(api.notificationsOf(muter)).isEmpty();
	}

}
