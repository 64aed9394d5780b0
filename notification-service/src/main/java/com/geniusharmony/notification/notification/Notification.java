package com.geniusharmony.notification.notification;

import java.time.Instant;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of the {@code notification} table, always read by hand ({@link #of(Readable)}). A
 * row written before the texts were kept as {@code params} has its English {@code title}
 * and {@code message} instead. {@code params} is kept as its JSON text: Spring Data's
 * ahead-of-time processing walks the types of an entity's fields, and cannot walk the
 * driver's {@code Json} into Netty's buffers.
 */
@Table("notification")
record Notification(@Id Long id, String userId, String type, @Nullable String title, @Nullable String message,
		@Nullable String taskId, @Nullable String projectId, boolean isRead, Instant createdAt,
		@Nullable Instant readAt, String dedupKey, @Nullable Instant seenAt, @Nullable Instant archivedAt,
		@Nullable Instant snoozedUntil, @Nullable String params) {

	/** The columns {@link #of(Readable)} reads, for a hand-written select. */
	static final String COLUMNS = "id, user_id, type, title, message, task_id, project_id, is_read, created_at, "
			+ "read_at, dedup_key, seen_at, archived_at, snoozed_until, params";

	/**
	 * Reads a row selected by hand, with {@link #COLUMNS} (under any table alias).
	 * @param row the row
	 * @return the notification
	 */
	static Notification of(Readable row) {
		return new Notification(row.get("id", Long.class), row.get("user_id", String.class),
				row.get("type", String.class), row.get("title", String.class), row.get("message", String.class),
				row.get("task_id", String.class), row.get("project_id", String.class),
				Boolean.TRUE.equals(row.get("is_read", Boolean.class)), row.get("created_at", Instant.class),
				row.get("read_at", Instant.class), row.get("dedup_key", String.class),
				row.get("seen_at", Instant.class), row.get("archived_at", Instant.class),
				row.get("snoozed_until", Instant.class), json(row.get("params", Json.class)));
	}

	private static @Nullable String json(@Nullable Json value) {
		return (value != null) ? value.asString() : null;
	}

}
