package com.geniusharmony.notification.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;
import com.geniusharmony.notification.notification.InboxCounts;

/**
 * Where one stream stands in its user's feed: the watermark of its last read, the
 * notifications and state changes it handled whose transactions are at or above it (the
 * next read returns those again), and the counts it last sent. Used by one stream at a
 * time, never concurrently.
 */
final class StreamCursor {

	private long watermark = -1;

	private final Map<Long, Long> handledTxids = new HashMap<>();

	private final Map<Long, Long> handledStateTxids = new HashMap<>();

	private long unreadCount = -1;

	private InboxCounts counts = new InboxCounts(-1, -1, -1);

	boolean started() {
		return this.watermark >= 0;
	}

	long watermark() {
		return this.watermark;
	}

	/**
	 * Takes a read: a notification is news when its writing transaction (or the one that
	 * brought it back from a snooze) is one this stream has not handled; otherwise its
	 * state changed when that transaction is one this stream has not handled. Before the
	 * first read, every row is news.
	 * @param slice what the read saw
	 * @return the news and the state changes, by id
	 */
	Changes advance(FeedSlice slice) {
		List<FeedEntry> news = new ArrayList<>();
		List<FeedEntry> updated = new ArrayList<>();
		long since = this.watermark;
		for (FeedEntry entry : slice.entries()) {
			boolean writtenSince = entry.txid() >= since;
			if (writtenSince && !Objects.equals(this.handledTxids.put(entry.id(), entry.txid()), entry.txid())) {
				news.add(entry);
				if (entry.stateTxid() != null) {
					// announced as it is now: its earlier state changes are not news
					this.handledStateTxids.put(entry.id(), entry.stateTxid());
				}
			}
			else if (entry.stateTxid() != null && entry.stateTxid() >= since
					&& !Objects.equals(this.handledStateTxids.put(entry.id(), entry.stateTxid()), entry.stateTxid())) {
				updated.add(entry);
			}
		}
		this.watermark = Math.max(this.watermark, slice.watermark());
		// a transaction below the watermark has ended: no later read returns its rows
		this.handledTxids.values().removeIf((txid) -> txid < this.watermark);
		this.handledStateTxids.values().removeIf((txid) -> txid < this.watermark);
		return new Changes(news, updated);
	}

	/** How many notifications and state changes it remembers handling. */
	int remembered() {
		return this.handledTxids.size() + this.handledStateTxids.size();
	}

	/**
	 * Tells whether the unread count differs from the last one sent, and remembers it.
	 * @param count the count just read
	 * @return whether it changed
	 */
	boolean unreadCountChanged(long count) {
		boolean changed = count != this.unreadCount;
		this.unreadCount = count;
		return changed;
	}

	/**
	 * Tells whether the counts differ from the last ones sent, and remembers them.
	 * @param counts the counts just read
	 * @return whether they changed
	 */
	boolean countsChanged(InboxCounts counts) {
		boolean changed = !counts.equals(this.counts);
		this.counts = counts;
		return changed;
	}

	/**
	 * What a read brought.
	 *
	 * @param news notifications not announced before
	 * @param updated notifications whose state changed
	 */
	record Changes(List<FeedEntry> news, List<FeedEntry> updated) {

	}

}
