/**
 * Stored notifications: their types, the table, and the caller-scoped REST API that
 * lists, reads, marks and deletes them.
 */
@NullMarked
package com.geniusharmony.notification.notification;

import org.jspecify.annotations.NullMarked;
