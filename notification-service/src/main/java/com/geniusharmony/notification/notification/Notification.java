package com.geniusharmony.notification.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the {@code notification} table.
 */
@Table("notification")
record Notification(@Id Long id, String userId, String type, String title, String message, @Nullable String taskId,
		@Nullable String projectId, boolean isRead, Instant createdAt, @Nullable Instant readAt, String dedupKey) {

}
