package com.geniusharmony.notification.deadline;

import java.time.LocalDate;
import java.util.Map;

import com.geniusharmony.notification.notification.NotificationType;

/**
 * What one deadline check wrote.
 *
 * @param today the day the check was for
 * @param created the reminders created, by type (types without any are absent)
 */
record DeadlineCheckResult(LocalDate today, Map<NotificationType, Long> created) {

	DeadlineCheckResult {
		created = Map.copyOf(created);
	}

	long total() {
		return this.created.values().stream().mapToLong(Long::longValue).sum();
	}

	long of(NotificationType type) {
		return this.created.getOrDefault(type, 0L);
	}

	/**
	 * The counts of every deadline type, for logs and reports.
	 * @return such as
	 * {@code deadline_3days 4, deadline_1day 3, deadline_today 4, deadline_overdue 1}
	 */
	String summary() {
		return String.join(", ",
				NotificationType.DEADLINE_REMINDERS.stream().map((type) -> type.wireName() + " " + of(type)).toList());
	}

}
