package com.geniusharmony.notification.notification;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which of a user's notifications a list shows: the inbox (neither archived nor snoozed,
 * the default), the archive, or the snoozed ones.
 */
public enum InboxView {

	INBOX("inbox", "archived_at is null and snoozed_until is null"),

	ARCHIVED("archived", "archived_at is not null"),

	SNOOZED("snoozed", "snoozed_until is not null and archived_at is null");

	/** The names, for the {@code view} parameter's pattern. */
	public static final String PATTERN = "inbox|archived|snoozed";

	private final String wireName;

	private final String sql;

	InboxView(String wireName, String sql) {
		this.wireName = wireName;
		this.sql = sql;
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
