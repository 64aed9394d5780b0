package com.geniusharmony.notification.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One notification as the API shows it, the same in the list, the live stream and the
 * admin view, written in the reader's language.
 *
 * @param id the notification's id
 * @param userId its recipient
 * @param type its type, such as {@code task_assigned}
 * @param emoji the emoji of its type
 * @param title the headline, emoji included
 * @param message the text
 * @param isRead whether the recipient marked it read
 * @param createdAt when it was stored
 * @param readAt when it was marked read, if it was
 * @param taskId the task it is about, if any
 * @param projectId the project it is about, if any
 * @param seenAt when the recipient saw it in the list (opening the bell), if they did
 * @param archivedAt when it was archived, if it is: out of the inbox, in the archive
 * @param snoozedUntil until when it is snoozed, if it is: out of the inbox until then,
 * then back, unread
 */
public record NotificationResponse(@Schema(example = "17") String id, @Schema(example = "42") String userId,
		@Schema(example = "task_assigned") String type, @Schema(example = "📋") String emoji,
		@Schema(example = "📋 New task: Prepare the kick-off") String title,
		@Schema(example = "You were assigned to the task \"Prepare the kick-off\" in project \"Harmony launch\".") String message,
		boolean isRead, Instant createdAt, @Nullable Instant readAt, @Nullable String taskId,
		@Nullable String projectId, @Nullable Instant seenAt, @Nullable Instant archivedAt,
		@Nullable Instant snoozedUntil) {

	static NotificationResponse of(Notification notification, NotificationTexts texts, Locale locale) {
		NotificationType type = NotificationType.fromWireName(notification.type());
		NotificationTexts.Text text = (notification.params() != null)
				? texts.render(type, NotificationTexts.read(notification.params()), notification.projectId(), locale)
				: new NotificationTexts.Text(Objects.requireNonNullElse(notification.title(), ""),
						Objects.requireNonNullElse(notification.message(), ""));
		return new NotificationResponse(String.valueOf(notification.id()), notification.userId(), type.wireName(),
				type.emoji(), text.title(), text.message(), notification.isRead(), notification.createdAt(),
				notification.readAt(), notification.taskId(), notification.projectId(), notification.seenAt(),
				notification.archivedAt(), notification.snoozedUntil());
	}

}
