package com.geniusharmony.notification.notification;

import java.util.List;

/**
 * What one read of a user's feed saw, all in one snapshot.
 *
 * @param watermark every transaction below this id had ended when the read was made, so
 * whatever they wrote was visible to it
 * @param unreadCount the user's unread notifications
 * @param entries the notifications read, by id
 */
public record FeedSlice(long watermark, long unreadCount, List<FeedEntry> entries) {

	public FeedSlice {
		entries = List.copyOf(entries);
	}

}
