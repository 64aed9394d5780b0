package com.geniusharmony.notification;

import java.util.Map;
import java.util.UUID;

import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationParams;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;

import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications stored as the intake stores them, about a subject: the task's title, or
 * for {@code project_assigned} the project's name; and the English titles they get.
 */
public final class TestNotifications {

	private static final Map<NotificationType, String> TITLES = Map.of(NotificationType.TASK_ASSIGNED, "📋 New task: ",
			NotificationType.PROJECT_ASSIGNED, "🎯 New project: ", NotificationType.DEADLINE_3DAYS,
			"📅 Deadline in 3 days: ", NotificationType.DEADLINE_1DAY, "⚠️ Deadline tomorrow: ",
			NotificationType.DEADLINE_TODAY, "🔴 Deadline today: ", NotificationType.DEADLINE_OVERDUE, "❌ Overdue: ");

	private TestNotifications() {
	}

	/** A notification about task-1 of project-1, whose name is not known. */
	public static NewNotification of(String user, NotificationType type, String subject) {
		NotificationParams params = (type == NotificationType.PROJECT_ASSIGNED) ? NotificationParams.ofProject(subject)
				: NotificationParams.ofTask(subject, null);
		return new NewNotification(user, type, params, "task-1", "project-1", UUID.randomUUID().toString());
	}

	/** Stores a notification, and tells whether it was stored. */
	public static boolean create(NotificationService notifications, String user, NotificationType type,
			String subject) {
		return Boolean.TRUE.equals(notifications.create(of(user, type, subject)).block());
	}

	/** Stores a notification, and gives its id. */
	public static String store(NotificationService notifications, DatabaseClient database, String user,
			NotificationType type, String subject) {
		NewNotification notification = of(user, type, subject);
		assertThat(notifications.create(notification).block()).as("stored").isTrue();
		return database.sql("select id from notification where dedup_key = :key")
			.bind("key", notification.dedupKey())
			.map((row) -> String.valueOf(row.get("id", Long.class)))
			.one()
			.block();
	}

	/** The English title of a notification about a subject. */
	public static String title(NotificationType type, String subject) {
		return TITLES.get(type) + subject;
	}

}
