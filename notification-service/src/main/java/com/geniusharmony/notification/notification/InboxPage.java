package com.geniusharmony.notification.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of a cursor-paginated list.
 *
 * @param results the notifications, newest first
 * @param nextCursor the {@code cursor} of the next page, absent on the last
 */
public record InboxPage(List<NotificationResponse> results, @Nullable String nextCursor) {

}
