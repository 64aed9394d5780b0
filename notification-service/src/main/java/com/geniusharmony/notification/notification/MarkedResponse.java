package com.geniusharmony.notification.notification;

/**
 * {@code {"marked": n}}: how many notifications a mark-all-read marked.
 */
record MarkedResponse(long marked) {

}
