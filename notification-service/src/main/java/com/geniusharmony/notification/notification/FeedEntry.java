package com.geniusharmony.notification.notification;

import org.jspecify.annotations.Nullable;

/**
 * A notification as the live stream reads it: what the API shows, the transaction that
 * wrote it, and the one that last changed its state.
 *
 * @param id the notification's id
 * @param txid the id of the transaction that wrote it (or brought it back from a snooze)
 * @param stateTxid the id of the transaction that last changed its state, if any did
 * @param notification the notification as the API shows it
 */
public record FeedEntry(long id, long txid, @Nullable Long stateTxid, NotificationResponse notification) {

	/**
	 * Whether the notification is back from a snooze: the statement that brings one back
	 * writes it anew and changes its state in one transaction, which nothing else does.
	 * @return whether it is
	 */
	public boolean backFromSnooze() {
		return this.stateTxid != null && this.stateTxid == this.txid;
	}

}
