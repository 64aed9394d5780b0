package com.geniusharmony.notification.snooze;

import java.time.Instant;
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
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snoozed notification comes back when its time comes: unread, unseen, in the inbox,
 * and announced again on the live stream. The hour of a snooze passes by moving its time
 * back in the database.
 */
class SnoozeIntegrationTests extends NotificationIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private SnoozeWakeJob job;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	@Test
	void bringsASnoozedNotificationBackUnreadAndAnnouncesItAgain() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String id = TestNotifications.store(this.notifications, this.database, user, NotificationType.TASK_ASSIGNED,
				"Write the report");
		inbox.post("/" + id + "/mark-read/");
		inbox.post("/" + id + "/snooze/", Map.of("until", Instant.now().plusSeconds(3600).toString()));
		try (EventStream tab = EventStream.open(this.port, TestTokens.forUser(user), null)) {
			tab.next();
			assertThat(inbox.list("/")).isEmpty();
			assertThat(this.job.run(Instant.now()).block()).as("not yet").isZero();

			this.database.sql("update notification set snoozed_until = now() - interval '1 second' where id = :id")
				.bind("id", Long.valueOf(id))
				.then()
				.block();
			assertThat(this.job.run(Instant.now()).block()).isEqualTo(1);

			ServerSentEvent<Map<String, Object>> back = tab.next();
			assertThat(back.event()).isEqualTo("notification");
			assertThat(back.data()).containsEntry("id", id)
				.containsEntry("is_read", false)
				.containsEntry("snoozed_until", null)
				.containsEntry("unread_count", 1);
			// its id is older than what the tab may have seen since: it is not one to
			// resume
			// after
			assertThat(back.id()).isNull();
		}
		assertThat(inbox.list("/")).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("id", id)
				.containsEntry("is_read", false)
				.containsEntry("seen_at", null)
				.containsEntry("snoozed_until", null));
		assertThat(inbox.counts()).containsEntry("unread", 1).containsEntry("unseen", 1);
		assertThat(this.job.run(Instant.now()).block()).as("once").isZero();
	}

}
