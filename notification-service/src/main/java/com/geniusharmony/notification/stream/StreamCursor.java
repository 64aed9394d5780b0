package com.geniusharmony.notification.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;

/**
 * Where one stream stands in its user's feed: the watermark of its last read, and the
 * notifications it handled whose transactions are at or above it (the next read returns
 * those again). Used by one stream at a time, never concurrently.
 */
final class StreamCursor {

	private long watermark = -1;

	private final Map<Long, Long> handledTxids = new HashMap<>();

	private long unreadCount = -1;

	boolean started() {
		return this.watermark >= 0;
	}

	long watermark() {
		return this.watermark;
	}

	/**
	 * Takes a read.
	 * @param slice what the read saw
	 * @return the notifications not handled before, by id
	 */
	List<FeedEntry> advance(FeedSlice slice) {
		List<FeedEntry> fresh = new ArrayList<>();
		for (FeedEntry entry : slice.entries()) {
			if (this.handledTxids.putIfAbsent(entry.id(), entry.txid()) == null) {
				fresh.add(entry);
			}
		}
		this.watermark = Math.max(this.watermark, slice.watermark());
		// a transaction below the watermark has ended: no later read returns its rows
		this.handledTxids.values().removeIf((txid) -> txid < this.watermark);
		return fresh;
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

}
