package com.geniusharmony.notification.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationParams;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionIntegrationTests extends NotificationIntegrationTest {

	/**
	 * When the tests run the job. It also runs by itself, on the real clock, in this
	 * context and in the second replica of the same database: a year ahead of it, the
	 * tests' notifications are out of reach of those runs, which could otherwise delete
	 * them between a test's writes and its own run.
	 */
	private final Instant now = Instant.now().plus(Duration.ofDays(365));

	@Autowired
	private RetentionJob retention;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private MeterRegistry meters;

	@Test
	void deletesReadNotificationsPastTheAgeAndKeepsTheOthers() {
		String user = TestTokens.newUserId();
		store(user, "read, old", true, this.now.minus(Duration.ofDays(31)));
		store(user, "read, old too", true, this.now.minus(Duration.ofDays(90)));
		store(user, "read, recent", true, this.now.minus(Duration.ofDays(29)));
		store(user, "unread, old", false, this.now.minus(Duration.ofDays(400)));
		double before = this.meters.get("harmony.notifications.retention.deleted").counter().count();
		assertThat(this.retention.run(this.now).block()).isGreaterThanOrEqualTo(2);
		assertThat(titlesOf(user)).containsExactlyInAnyOrder("read, recent", "unread, old");
		assertThat(this.meters.get("harmony.notifications.retention.deleted").counter().count())
			.isGreaterThanOrEqualTo(before + 2);
	}

	@Test
	void deletesABacklogLargerThanABatch() {
		String user = TestTokens.newUserId();
		Instant old = this.now.minus(Duration.ofDays(60));
		for (int i = 0; i < 12; i++) {
			store(user, "old " + i, true, old);
		}
		assertThat(this.notifications.deleteReadCreatedBefore(old.plusSeconds(1), 5).block())
			.isGreaterThanOrEqualTo(12);
		assertThat(titlesOf(user)).isEmpty();
	}

	private void store(String user, String title, boolean read, Instant createdAt) {
		String key = UUID.randomUUID().toString();
		this.notifications
			.create(new NewNotification(user, NotificationType.TASK_ASSIGNED, NotificationParams.ofTask(title, null),
					null, null, key))
			.block();
		this.database.sql("update notification set created_at = :createdAt, is_read = :read where dedup_key = :key")
			.bind("createdAt", createdAt)
			.bind("read", read)
			.bind("key", key)
			.then()
			.block();
	}

	private List<String> titlesOf(String user) {
		return this.database.sql("select params ->> 'task' as title from notification where user_id = :user")
			.bind("user", user)
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
	}

}
