package com.geniusharmony.notification.stream;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;
import com.geniusharmony.notification.notification.InboxCounts;
import com.geniusharmony.notification.notification.NotificationResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamCursorTests {

	private static final InboxCounts NONE = new InboxCounts(0, 0, 0);

	@Test
	void returnsOnlyWhatItHasNotHandled() {
		StreamCursor cursor = new StreamCursor();
		assertThat(cursor.started()).isFalse();
		assertThat(cursor.advance(slice(100, entry(7, 100, null))).news()).extracting(FeedEntry::id)
			.containsExactly(7L);
		assertThat(cursor.started()).isTrue();
		// the transaction of 7 was still running at the second read: it comes back
		assertThat(cursor.advance(slice(100, entry(7, 100, null), entry(5, 101, null))).news())
			.extracting(FeedEntry::id)
			.containsExactly(5L);
		assertThat(cursor.watermark()).isEqualTo(100);
	}

	@Test
	void forgetsWhatFallsBelowTheWatermark() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(slice(100, entry(7, 100, 100L)));
		assertThat(cursor.remembered()).isEqualTo(2);
		cursor.advance(slice(101));
		assertThat(cursor.remembered()).isZero();
	}

	@Test
	void neverMovesTheWatermarkBack() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(slice(120));
		cursor.advance(slice(110));
		assertThat(cursor.watermark()).isEqualTo(120);
	}

	@Test
	void tellsAStateChangeFromNews() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(slice(100));
		// 3 was written long ago and read in another tab since: an update
		StreamCursor.Changes changes = cursor.advance(slice(104, entry(3, 40, 104L)));
		assertThat(changes.news()).isEmpty();
		assertThat(changes.updated()).extracting(FeedEntry::id).containsExactly(3L);
		// the same change read again while its transaction is at the watermark: handled
		assertThat(cursor.advance(slice(104, entry(3, 40, 104L))).updated()).isEmpty();
		// archived next
		assertThat(cursor.advance(slice(107, entry(3, 40, 106L))).updated()).extracting(FeedEntry::id)
			.containsExactly(3L);
	}

	@Test
	void announcesANotificationBackFromASnoozeAgain() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(slice(100));
		assertThat(cursor.advance(slice(101, entry(9, 100, null))).news()).extracting(FeedEntry::id)
			.containsExactly(9L);
		// snoozed, then back: a new transaction wrote it, so it is news, not an update
		cursor.advance(slice(102, entry(9, 100, 101L)));
		StreamCursor.Changes back = cursor.advance(slice(108, entry(9, 107, 107L)));
		assertThat(back.news()).singleElement().satisfies((entry) -> {
			assertThat(entry.id()).isEqualTo(9L);
			assertThat(entry.backFromSnooze()).isTrue();
		});
		assertThat(back.updated()).isEmpty();
	}

	@Test
	void tellsWhenTheCountsChanged() {
		StreamCursor cursor = new StreamCursor();
		assertThat(cursor.unreadCountChanged(0)).isTrue();
		assertThat(cursor.unreadCountChanged(0)).isFalse();
		assertThat(cursor.unreadCountChanged(2)).isTrue();
		assertThat(cursor.countsChanged(NONE)).isTrue();
		assertThat(cursor.countsChanged(new InboxCounts(0, 0, 0))).isFalse();
		assertThat(cursor.countsChanged(new InboxCounts(0, 1, 1))).isTrue();
	}

	private static FeedSlice slice(long watermark, FeedEntry... entries) {
		return new FeedSlice(watermark, NONE, List.of(entries));
	}

	private static FeedEntry entry(long id, long txid, @Nullable Long stateTxid) {
		return new FeedEntry(id, txid, stateTxid, new NotificationResponse(Long.toString(id), "user-1", "task_assigned",
				"📋", "title", "message", false, Instant.EPOCH, null, null, null, null, null, null));
	}

}
