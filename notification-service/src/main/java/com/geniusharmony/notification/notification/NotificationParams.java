package com.geniusharmony.notification.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a notification's title and message are made of, kept with it ({@code params}) so
 * that they are written in the reader's language when read (see
 * {@link NotificationTexts}).
 *
 * @param task the task's title
 * @param project the project's name, absent while it is not known (the message then shows
 * the project's id)
 * @param deadline the deadline, YYYY-MM-DD
 * @param tasks a digest's reminders
 */
public record NotificationParams(@Nullable String task, @Nullable String project, @Nullable String deadline,
		@Nullable List<DigestItem> tasks) {

	public static NotificationParams ofTask(String task, @Nullable String project) {
		return new NotificationParams(task, project, null, null);
	}

	public static NotificationParams ofProject(String project) {
		return new NotificationParams(null, project, null, null);
	}

	/**
	 * One reminder of a digest.
	 *
	 * @param type the reminder's type, such as {@code deadline_today}
	 * @param taskId the task
	 * @param task its title
	 * @param projectId its project
	 * @param project the project's name, if known
	 * @param deadline the deadline, YYYY-MM-DD
	 */
	public record DigestItem(String type, String taskId, String task, String projectId, @Nullable String project,
			String deadline) {

	}

}
