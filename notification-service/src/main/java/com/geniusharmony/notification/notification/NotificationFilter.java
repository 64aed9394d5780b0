package com.geniusharmony.notification.notification;

import org.jspecify.annotations.Nullable;

/**
 * Which notifications a list shows; each absent criterion matches everything.
 *
 * @param userId only this recipient's
 * @param type only of this type
 * @param isRead only read ones, or only unread ones
 * @param view only the inbox, the archive or the snoozed ones
 */
public record NotificationFilter(@Nullable String userId, @Nullable NotificationType type, @Nullable Boolean isRead,
		@Nullable InboxView view) {

}
