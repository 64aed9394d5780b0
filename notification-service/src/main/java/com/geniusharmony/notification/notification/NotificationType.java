package com.geniusharmony.notification.notification;

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

	PROJECT_ASSIGNED("project_assigned", "🎯");

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
		for (NotificationType type : values()) {
			if (type.wireName.equals(wireName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown notification type " + wireName);
	}

}
