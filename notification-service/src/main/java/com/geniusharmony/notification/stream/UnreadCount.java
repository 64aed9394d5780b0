package com.geniusharmony.notification.stream;

/**
 * The data of an {@code unread_count} event, shaped like the REST API's {@code {"count":
 * 5}}.
 *
 * @param count the caller's unread notifications
 */
record UnreadCount(long count) {

}
