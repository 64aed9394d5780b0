package com.geniusharmony.notification.notification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of notification, each with its name in the API and the emoji the frontend
 * shows with it.
 */
public enum NotificationType {

	DEADLINE_3DAYS("deadline_3days", "📅"),

	DEADLINE_1DAY("deadline_1day", "⚠️"),

	DEADLINE_TODAY("deadline_today", "🔴"),

	DEADLINE_OVERDUE("deadline_overdue", "❌"),

	TASK_ASSIGNED("task_assigned", "📋"),

	PROJECT_ASSIGNED("project_assigned", "🎯"),

	/** The day's deadline reminders in one, for the users who chose it instead. */
	DEADLINE_DIGEST("deadline_digest", "📆");

	/**
	 * The types a user cannot mute: an overdue task is the one reminder nobody may miss,
	 * and the digest is chosen by turning it on, so it is turned off, not muted.
	 */
	public static final Set<NotificationType> UNMUTABLE = Collections
		.unmodifiableSet(EnumSet.of(DEADLINE_OVERDUE, DEADLINE_DIGEST));

	/** The deadline reminders, which a user may receive as one daily digest instead. */
	public static final Set<NotificationType> DEADLINE_REMINDERS = Collections
		.unmodifiableSet(EnumSet.of(DEADLINE_3DAYS, DEADLINE_1DAY, DEADLINE_TODAY, DEADLINE_OVERDUE));

	private final String wireName;

	private final String emoji;

	NotificationType(String wireName, String emoji) {
		this.wireName = wireName;
		this.emoji = emoji;
	}

	/**
	 * The name of this type in the API and in the database.
	 * @return the name, such as {@code task_assigned}
	 */
	public String wireName() {
		return this.wireName;
	}

	/**
	 * The emoji shown with notifications of this type.
	 * @return the emoji
	 */
	public String emoji() {
		return this.emoji;
	}

	/**
	 * Finds the type with the given name.
	 * @param wireName the name in the API, such as {@code task_assigned}
	 * @return the type
	 * @throws IllegalArgumentException if no type has this name
	 */
	public static NotificationType fromWireName(String wireName) {
		return find(wireName).orElseThrow(() -> new IllegalArgumentException("unknown notification type " + wireName));
	}

	/**
	 * Finds the type with the given name, if there is one.
	 * @param wireName the name in the API, such as {@code task_assigned}
	 * @return the type, or empty
	 */
	public static Optional<NotificationType> find(String wireName) {
		for (NotificationType type : values()) {
			if (type.wireName.equals(wireName)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
