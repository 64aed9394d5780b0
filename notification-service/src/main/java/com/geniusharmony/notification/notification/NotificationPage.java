package com.geniusharmony.notification.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the caller's notifications, shaped like Django REST framework's page-number
 * pagination.
 *
 * @param count the number of notifications matching the filter, on all pages
 * @param next the URL of the next page, or {@code null} on the last one
 * @param previous the URL of the previous page, or {@code null} on the first one
 * @param results the notifications of this page, newest first
 */
public record NotificationPage(long count, @Nullable String next, @Nullable String previous,
		List<NotificationResponse> results) {

}
