package com.geniusharmony.notification.notification;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.data.relational.core.query.Criteria;

/**
 * Which of a user's notifications a list shows: the inbox (neither archived nor snoozed,
 * the default), the archive, or the snoozed ones.
 */
public enum InboxView {

	INBOX("inbox", Criteria.where("archivedAt").isNull().and("snoozedUntil").isNull(),
			"archived_at is null and snoozed_until is null"),

	ARCHIVED("archived", Criteria.where("archivedAt").isNotNull(), "archived_at is not null"),

	SNOOZED("snoozed", Criteria.where("snoozedUntil").isNotNull().and("archivedAt").isNull(),
			"snoozed_until is not null and archived_at is null");

	/** The names, for the {@code view} parameter's pattern. */
	public static final String PATTERN = "inbox|archived|snoozed";

	private final String wireName;

	private final Criteria criteria;

	private final String sql;

	// the same condition twice: as criteria for the page-number lists, as SQL for the
	// cursor list's hand-written statement
	InboxView(String wireName, Criteria criteria, String sql) {
		this.wireName = wireName;
		this.criteria = criteria;
		this.sql = sql;
	}

	Criteria criteria() {
		return this.criteria;
	}

	String sql() {
		return this.sql;
	}

	/**
	 * The view of a name.
	 * @param wireName its name, one of {@link #PATTERN}
	 * @return the view
	 */
	public static InboxView of(String wireName) {
		return Arrays.stream(values())
			.filter((view) -> view.wireName.equals(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown view " + wireName + ", not one of "
					+ Arrays.stream(values()).map((view) -> view.wireName).collect(Collectors.joining(", "))));
	}

}
