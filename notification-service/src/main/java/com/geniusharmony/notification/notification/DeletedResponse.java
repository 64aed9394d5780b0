package com.geniusharmony.notification.notification;

/**
 * {@code {"deleted": n}}: how many notifications a delete-all-read deleted.
 */
record DeletedResponse(long deleted) {

}
