package com.geniusharmony.notification.stream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.EventStream;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationStreamIntegrationTests extends NotificationIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private WebTestClient client;

	@Autowired
	private Environment environment;

	@Autowired
	private MeterRegistry meters;

	@Test
	void startsWithTheUnreadCountThenSendsEachNewNotificationOfTheCaller() {
		String user = TestTokens.newUserId();
		create(user, "before");
		try (EventStream stream = open(user, null)) {
			assertUnreadCount(stream.next(), 1);
			create(TestTokens.newUserId(), "someone else's");
			create(user, "first");
			create(user, "second");
			assertNotification(stream.next(), "first", 2);
			assertNotification(stream.next(), "second", 3);
		}
	}

	@Test
	void sendsTheSameJsonAsTheApiPlusTheUnreadCount() {
		String user = TestTokens.newUserId();
		try (EventStream stream = open(user, null)) {
			stream.next();
			create(user, "first");
			ServerSentEvent<Map<String, Object>> event = stream.next();
			Map<String, Object> listed = this.client.get()
				.uri("/api/notifications/" + event.id() + "/")
				.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(user)))
				.exchange()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(event.data()).containsAllEntriesOf(listed)
				.containsEntry("unread_count", 1)
				.hasSize(listed.size() + 1);
		}
	}

	@Test
	void sendsTheUnreadCountWhenItChangesWithoutANewNotification() {
		String user = TestTokens.newUserId();
		create(user, "one");
		create(user, "two");
		try (EventStream stream = open(user, null)) {
			assertUnreadCount(stream.next(), 2);
			this.client.post()
				.uri("/api/notifications/mark-all-read/")
				.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(user)))
				.exchange()
				.expectStatus()
				.isOk();
			assertUnreadCount(stream.next(), 0);
		}
	}

	@Test
	void resumesAfterTheLastEventIdItSent() {
		String user = TestTokens.newUserId();
		String lastSeen;
		try (EventStream stream = open(user, null)) {
			stream.next();
			create(user, "seen");
			lastSeen = stream.next().id();
		}
		create(user, "missed 1");
		create(user, "missed 2");
		try (EventStream stream = open(user, lastSeen)) {
			assertUnreadCount(stream.next(), 3);
			assertNotification(stream.next(), "missed 1", 2);
			assertNotification(stream.next(), "missed 2", 3);
			create(user, "new");
			assertNotification(stream.next(), "new", 4);
		}
	}

	@Test
	void resumesWithoutRepeatingTheLastEventWhileAnOlderTransactionRuns() throws Exception {
		String user = TestTokens.newUserId();
		try (Connection older = jdbc()) {
			// a transaction of any database of the server, begun before the notifications
			// and still open, holds
			// the streams' watermark below them
			older.setAutoCommit(false);
			try (PreparedStatement begin = older.prepareStatement("select txid_current()")) {
				begin.executeQuery();
			}
			String lastSeen;
			try (EventStream stream = open(user, null)) {
				stream.next();
				create(user, "seen");
				lastSeen = stream.next().id();
			}
			try (EventStream stream = open(user, lastSeen)) {
				assertUnreadCount(stream.next(), 1);
				create(user, "new");
				assertNotification(stream.next(), "new", 2);
			}
			older.rollback();
		}
	}

	@Test
	void startsAfreshFromALastEventIdItDidNotSend() {
		String user = TestTokens.newUserId();
		create(user, "old");
		try (EventStream stream = open(user, "not-an-id")) {
			assertUnreadCount(stream.next(), 1);
			create(user, "new");
			assertNotification(stream.next(), "new", 2);
		}
	}

	@Test
	void sendsANotificationThatCommitsAfterOneWithAGreaterId() throws Exception {
		String user = TestTokens.newUserId();
		try (EventStream stream = open(user, null); Connection slow = jdbc()) {
			assertUnreadCount(stream.next(), 0);
			slow.setAutoCommit(false);
			try (PreparedStatement insert = slow.prepareStatement("""
					insert into notification (user_id, type, title, message, dedup_key)
					values (?, 'task_assigned', 'slow', 'message', ?)""")) {
				insert.setString(1, user);
				insert.setString(2, UUID.randomUUID().toString());
				insert.executeUpdate();
			}
			create(user, "fast");
			ServerSentEvent<Map<String, Object>> fast = stream.next();
			assertNotification(fast, "fast", 1);
			slow.commit();
			ServerSentEvent<Map<String, Object>> late = stream.next();
			assertNotification(late, "slow", 2);
			assertThat(Long.parseLong(late.id())).isLessThan(Long.parseLong(fast.id()));
		}
	}

	@Test
	void deliversWhatWasCommittedWhileTheListeningConnectionWasDown() throws Exception {
		String user = TestTokens.newUserId();
		try (EventStream stream = open(user, null); Connection admin = jdbc()) {
			assertUnreadCount(stream.next(), 0);
			try (PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(pid) "
					+ "from pg_stat_activity where datname = current_database() and application_name = ?")) {
				terminate.setString(1, ChangeSignals.APPLICATION_NAME);
				terminate.executeQuery();
			}
			create(user, "while reconnecting");
			assertNotification(stream.next(), "while reconnecting", 1);
		}
	}

	@Test
	void sendsHeartbeatsAsComments() {
		try (EventStream stream = open(TestTokens.newUserId(), null)) {
			assertThat(stream.nextOfAnyKind().event()).isEqualTo("unread_count");
			assertThat(stream.nextOfAnyKind().comment()).isEqualTo("heartbeat");
		}
	}

	@Test
	void countsTheOpenStreams() {
		try (EventStream stream = open(TestTokens.newUserId(), null)) {
			stream.next();
			assertThat(this.meters.get("harmony.notifications.stream.subscribers").gauge().value()).isPositive();
		}
	}

	@Test
	void refusesAStreamWithoutAValidToken() {
		this.client.get().uri("/api/notifications/stream/").exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri("/api/notifications/stream")
			.headers((headers) -> headers.setBearerAuth(TestTokens.expired("someone")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private EventStream open(String user, String lastEventId) {
		return EventStream.open(this.port, TestTokens.forUser(user), lastEventId);
	}

	private void create(String user, String title) {
		create(this.notifications, user, title);
	}

	private Connection jdbc() throws Exception {
		return jdbc(this.environment);
	}

	/** A task assignment of a user, stored as the intake stores it. */
	static void create(NotificationService notifications, String user, String title) {
		TestNotifications.create(notifications, user, NotificationType.TASK_ASSIGNED, title);
	}

	/** A connection of its own to the service's database. */
	static Connection jdbc(Environment environment) throws Exception {
		return DriverManager.getConnection(environment.getRequiredProperty("spring.flyway.url"),
				environment.getRequiredProperty("spring.flyway.user"),
				environment.getProperty("spring.flyway.password", ""));
	}

	static void assertUnreadCount(ServerSentEvent<Map<String, Object>> event, int count) {
		assertThat(event.event()).isEqualTo("unread_count");
		assertThat(event.data()).containsExactly(Map.entry("count", count));
	}

	/**
	 * Checks a {@code notification} event of a task assignment.
	 * @param subject the task's title (or the whole title of a row stored without
	 * parameters, or of a title with an emoji)
	 */
	static void assertNotification(ServerSentEvent<Map<String, Object>> event, String subject, int unreadCount) {
		assertThat(event.event()).isEqualTo("notification");
		String title = subject.startsWith("📋") || subject.equals("slow") ? subject
				: TestNotifications.title(NotificationType.TASK_ASSIGNED, subject);
		assertThat(event.data()).containsEntry("title", title)
			.containsEntry("id", event.id())
			.containsEntry("unread_count", unreadCount);
	}

}
