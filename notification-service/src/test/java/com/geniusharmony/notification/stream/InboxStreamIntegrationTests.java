package com.geniusharmony.notification.stream;

import java.util.Map;

import com.geniusharmony.notification.EventStream;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two open tabs of one user stay in step: what one marks seen, read or archived, the
 * other's stream reports, with the counts.
 */
class InboxStreamIntegrationTests extends NotificationIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	@Test
	void tellsTheOtherTabWhatOneTabChanged() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		try (EventStream first = open(user); EventStream second = open(user)) {
			for (EventStream tab : new EventStream[] { first, second }) {
				NotificationStreamIntegrationTests.assertUnreadCount(tab.next(), 0);
				assertCounts(tab.nextInboxEvent(), 0, 0, 0);
			}
			String id = store(user, "Write the report");
			for (EventStream tab : new EventStream[] { first, second }) {
				NotificationStreamIntegrationTests.assertNotification(tab.next(), "Write the report", 1);
				assertCounts(tab.nextInboxEvent(), 1, 1, 1);
			}

			inbox.post("/bulk/", Map.of("action", "mark_seen"));
			for (EventStream tab : new EventStream[] { first, second }) {
				assertUpdated(tab.nextInboxEvent(), id);
				assertCounts(tab.nextInboxEvent(), 1, 0, 1);
			}

			inbox.post("/" + id + "/mark-read/");
			for (EventStream tab : new EventStream[] { first, second }) {
				assertThat(assertUpdated(tab.nextInboxEvent(), id)).containsEntry("is_read", true);
				assertCounts(tab.nextInboxEvent(), 0, 0, 1);
				NotificationStreamIntegrationTests.assertUnreadCount(tab.next(), 0);
			}

			inbox.post("/" + id + "/archive/");
			for (EventStream tab : new EventStream[] { first, second }) {
				assertThat(assertUpdated(tab.nextInboxEvent(), id).get("archived_at")).isNotNull();
				assertCounts(tab.nextInboxEvent(), 0, 0, 0);
			}
		}
	}

	@Test
	void tellsTheTabsTheCountsWhenAReadNotificationIsDeleted() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String read = store(user, "Read, to delete");
		store(user, "Kept");
		inbox.post("/" + read + "/mark-read/");
		try (EventStream tab = open(user)) {
			tab.next();
			assertCounts(tab.nextInboxEvent(), 1, 1, 2);
			inbox.exchange(HttpMethod.DELETE, "/" + read + "/", null).expectStatus().isNoContent();
			assertCounts(tab.nextInboxEvent(), 1, 1, 1);
		}
	}

	@Test
	void asksTheTabsToReadTheirListAgainAfterALargeBulkAction() {
		String user = TestTokens.newUserId();
		this.database.sql("""
				insert into notification (user_id, type, params, dedup_key)
				select :user, 'task_assigned', jsonb_build_object('task', 'task ' || i), :user || ':' || i
				from generate_series(1, :count) i""")
			.bind("user", user)
			.bind("count", NotificationStreams.MAX_UPDATES + 1)
			.then()
			.block();
		int count = NotificationStreams.MAX_UPDATES + 1;
		try (EventStream tab = open(user)) {
			tab.next();
			assertCounts(tab.nextInboxEvent(), count, count, count);
			TestInbox.of(this.client, user).post("/bulk/", Map.of("action", "mark_read"));
			ServerSentEvent<Map<String, Object>> changed = tab.nextInboxEvent();
			assertThat(changed.event()).isEqualTo("inbox_changed");
			assertThat(changed.data()).containsEntry("unread", 0).containsEntry("total", count);
			assertCounts(tab.nextInboxEvent(), 0, 0, count);
		}
	}

	private EventStream open(String user) {
		return EventStream.open(this.port, TestTokens.forUser(user), null);
	}

	private String store(String user, String task) {
		return TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED, task);
	}

	static void assertCounts(ServerSentEvent<Map<String, Object>> event, int unread, int unseen, int total) {
		assertThat(event.event()).isEqualTo("counts");
		assertThat(event.data()).containsExactly(Map.entry("unread", unread), Map.entry("unseen", unseen),
				Map.entry("total", total));
	}

	private static Map<String, Object> assertUpdated(ServerSentEvent<Map<String, Object>> event, String id) {
		assertThat(event.event()).isEqualTo("notification_updated");
		assertThat(event.id()).isNull();
		assertThat(event.data()).containsEntry("id", id);
		return event.data();
	}

}
