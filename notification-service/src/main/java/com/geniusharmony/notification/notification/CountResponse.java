package com.geniusharmony.notification.notification;

/**
 * {@code {"count": n}}: the caller's unread notifications.
 */
record CountResponse(long count) {

}
