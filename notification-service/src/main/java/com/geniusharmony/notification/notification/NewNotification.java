package com.geniusharmony.notification.notification;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A notification to store once: a second one with the same dedup key is dropped.
 *
 * @param userId the recipient
 * @param type the kind of notification
 * @param params what its title and message are made of
 * @param taskId the task it is about, if any
 * @param projectId the project it is about, if any
 * @param dedupKey what makes it unique, such as the event id and the recipient
 */
public record NewNotification(String userId, NotificationType type, NotificationParams params, @Nullable String taskId,
		@Nullable String projectId, String dedupKey) {

	public NewNotification {
		Objects.requireNonNull(userId, "userId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(params, "params");
		Objects.requireNonNull(dedupKey, "dedupKey");
	}

}
