/**
 * Retention: read notifications older than a configured age are deleted by a job each
 * replica runs on a schedule; unread ones are kept however old.
 */
@NullMarked
package com.geniusharmony.notification.retention;

import org.jspecify.annotations.NullMarked;
