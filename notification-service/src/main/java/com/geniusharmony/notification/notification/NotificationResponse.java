package com.geniusharmony.notification.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One notification as the API shows it.
 */
record NotificationResponse(String id, String type, String emoji, String title, String message, boolean isRead,
		Instant createdAt, @Nullable Instant readAt, @Nullable String taskId, @Nullable String projectId) {

	static NotificationResponse of(Notification notification) {
		NotificationType type = NotificationType.fromWireName(notification.type());
		return new NotificationResponse(String.valueOf(notification.id()), type.wireName(), type.emoji(),
				notification.title(), notification.message(), notification.isRead(), notification.createdAt(),
				notification.readAt(), notification.taskId(), notification.projectId());
	}

}
