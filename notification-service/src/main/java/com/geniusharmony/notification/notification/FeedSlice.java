package com.geniusharmony.notification.notification;

import java.util.List;

/**
 * What one read of a user's feed saw, all in one snapshot.
 *
 * @param watermark every transaction below this id had ended when the read was made, so
 * whatever they wrote was visible to it
 * @param counts the user's inbox counts
 * @param entries the notifications read, by id
 */
public record FeedSlice(long watermark, InboxCounts counts, List<FeedEntry> entries) {

	public FeedSlice {
		entries = List.copyOf(entries);
	}

	/** The user's unread notifications in the inbox. */
	public long unreadCount() {
		return this.counts.unread();
	}

}
