package com.geniusharmony.notification.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.SecondReplica;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.support.testing.QueryLog;
import com.geniusharmony.support.testing.TestKeyServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each replica keeps a user's counts and the first page of their lists until it hears
 * that the user's notifications changed: a change made through another replica reaches
 * them, and one made through the same replica shows in the very next call. A kept read
 * runs no statement.
 */
class KeptReadsAcrossReplicasIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private Environment environment;

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private DatabaseClient database;

	@Test
	void countsAChangeMadeThroughAnotherReplica() {
		String user = TestTokens.newUserId();
		String id = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"first");
		TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED, "second");
		TestInbox second = throughSecondReplica(user);
		assertThat(second.counts()).containsEntry("unread", 2);
		assertThat(second.counts()).containsEntry("unread", 2);

		TestInbox.of(this.client, user).post("/" + id + "/mark-read/");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(second.counts()).containsEntry("unread", 1));
		assertThat(second.get("/unread-count/")).containsEntry("count", 1);
	}

	@Test
	void countsTheUsersOwnChangesAtOnce() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		for (int i = 1; i <= 10; i++) {
			assertThat(inbox.counts()).containsEntry("total", i - 1);
			String id = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
					"task " + i);
			assertThat(inbox.counts()).containsEntry("total", i).containsEntry("unread", 1);
			inbox.post("/" + id + "/mark-read/");
			assertThat(inbox.counts()).containsEntry("unread", 0);
			assertThat(inbox.get("/unread-count/")).isEqualTo(Map.of("count", 0));
		}
	}

	@Test
	void listsAChangeMadeThroughAnotherReplicaOnTheFirstPages() {
		String user = TestTokens.newUserId();
		String first = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"first");
		TestInbox second = throughSecondReplica(user);
		assertThat(second.ids("/")).containsExactly(first);
		assertThat(second.ids("/inbox/")).containsExactly(first);

		String added = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"added");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(second.ids("/")).containsExactly(added, first));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(second.ids("/inbox/")).containsExactly(added, first));

		TestInbox.of(this.client, user).post("/" + added + "/archive/");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(second.ids("/inbox/")).containsExactly(first));
		assertThat(second.ids("/")).containsExactly(first);
	}

	@Test
	void listsTheUsersOwnChangesAtOnceOnTheFirstPages() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String first = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"first");
		assertThat(inbox.list("/")).singleElement().satisfies((row) -> assertThat(row).containsEntry("is_read", false));
		assertThat(inbox.ids("/inbox/")).containsExactly(first);

		inbox.post("/" + first + "/mark-read/");
		assertThat(inbox.list("/")).singleElement().satisfies((row) -> assertThat(row).containsEntry("is_read", true));
		assertThat(inbox.ids("/inbox/?is_read=false")).isEmpty();
		assertThat(inbox.ids("/inbox/")).containsExactly(first);

		String second = TestNotifications.store(this.notifications, this.database, user,
				NotificationType.PROJECT_ASSIGNED, "second");
		assertThat(inbox.ids("/inbox/")).containsExactly(second, first);
		assertThat(inbox.ids("/inbox/?limit=1")).containsExactly(second);
		assertThat(inbox.ids("/?page_size=1")).containsExactly(second);
		assertThat(inbox.get("/?page_size=1")).containsEntry("count", 2);
	}

	@Test
	void answersAKeptReadWithoutAStatement() {
		String user = TestTokens.newUserId();
		TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED, "first");
		TestInbox inbox = TestInbox.of(this.client, user);
		List<String> fresh = QueryLog.during(() -> readCountsAndFirstPages(inbox));
		assertThat(fresh).as("the statements of a fresh read").isNotEmpty();

		List<String> kept = QueryLog.during(() -> readCountsAndFirstPages(inbox));
		assertThat(kept).as("the statements of the same read again").doesNotContainAnyElementsOf(fresh);
	}

	@Test
	void listsAnAdministratorsDeleteAtOnce() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String first = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"first");
		String deleted = TestNotifications.store(this.notifications, this.database, user,
				NotificationType.TASK_ASSIGNED, "deleted");
		assertThat(inbox.ids("/")).containsExactly(deleted, first);
		assertThat(inbox.ids("/inbox/")).containsExactly(deleted, first);
		assertThat(inbox.counts()).containsEntry("total", 2);

		this.client.delete()
			.uri("/api/admin/notifications/" + deleted + "/")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(inbox.ids("/")).containsExactly(first);
		assertThat(inbox.ids("/inbox/")).containsExactly(first);
		assertThat(inbox.counts()).containsEntry("total", 1);
	}

	private static void readCountsAndFirstPages(TestInbox inbox) {
		inbox.counts();
		inbox.get("/unread-count/");
		inbox.ids("/");
		inbox.ids("/inbox/");
	}

	private TestInbox throughSecondReplica(String user) {
		SecondReplica replica = SecondReplica.of(this.environment);
		return TestInbox.withToken(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + replica.port()).build(),
				replica.jwks().token(user, TestKeyServer.CORE_ISSUER));
	}

}
