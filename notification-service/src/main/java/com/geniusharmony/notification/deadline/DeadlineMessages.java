package com.geniusharmony.notification.deadline;

import java.util.List;

import com.geniusharmony.notification.notification.NotificationType;

/**
 * The title and message of each deadline reminder, as {@code format()} patterns that
 * PostgreSQL fills in: {@code %1$s} the task's title, {@code %2$s} its project (its name
 * in quotes, or its id while the name is not known), {@code %3$s} its deadline
 * (YYYY-MM-DD). Java's {@link String#format} reads them the same way.
 *
 * @param type the reminder's type
 * @param title the title pattern, emoji first
 * @param message the message pattern
 */
record DeadlineMessages(NotificationType type, String title, String message) {

	static final List<DeadlineMessages> ALL = List.of(
			of(NotificationType.DEADLINE_3DAYS, "Deadline in 3 days", "is due in 3 days, on %3$s."),
			of(NotificationType.DEADLINE_1DAY, "Deadline tomorrow", "is due tomorrow, %3$s."),
			of(NotificationType.DEADLINE_TODAY, "Deadline today", "is due today, %3$s."),
			of(NotificationType.DEADLINE_OVERDUE, "Overdue", "was due on %3$s and is not done."));

	private static DeadlineMessages of(NotificationType type, String headline, String tail) {
		return new DeadlineMessages(type, type.emoji() + " " + headline + ": %1$s",
				"The task \"%1$s\" in project %2$s " + tail);
	}

}
