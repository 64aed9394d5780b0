package com.geniusharmony.notification.stream;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.geniusharmony.notification.notification.NotificationResponse;

/**
 * The data of a {@code notification} event: the notification as the REST API shows it,
 * plus the recipient's unread count.
 *
 * @param notification the notification
 * @param unreadCount the unread count after it
 */
record StreamedNotification(@JsonUnwrapped NotificationResponse notification, long unreadCount) {

}
