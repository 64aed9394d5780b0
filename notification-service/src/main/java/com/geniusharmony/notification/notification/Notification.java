package com.geniusharmony.notification.notification;

import java.time.Instant;

import io.r2dbc.postgresql.codec.Json;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the {@code notification} table. A row written before the texts were kept as
 * {@code params} has its English {@code title} and {@code message} instead.
 */
@Table("notification")
record Notification(@Id Long id, String userId, String type, @Nullable String title, @Nullable String message,
		@Nullable String taskId, @Nullable String projectId, boolean isRead, Instant createdAt,
		@Nullable Instant readAt, String dedupKey, @Nullable Instant seenAt, @Nullable Instant archivedAt,
		@Nullable Instant snoozedUntil, @Nullable Json params) {

}
