package com.geniusharmony.notification.stream;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;
import com.geniusharmony.notification.notification.NotificationResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamCursorTests {

	@Test
	void returnsOnlyWhatItHasNotHandled() {
		StreamCursor cursor = new StreamCursor();
		assertThat(cursor.started()).isFalse();
		assertThat(cursor.advance(new FeedSlice(100, 0, List.of(entry(7, 100))))).extracting(FeedEntry::id)
			.containsExactly(7L);
		assertThat(cursor.started()).isTrue();
		// the transaction of 7 was still running at the second read: it comes back
		assertThat(cursor.advance(new FeedSlice(100, 0, List.of(entry(7, 100), entry(5, 101)))))
			.extracting(FeedEntry::id)
			.containsExactly(5L);
		assertThat(cursor.watermark()).isEqualTo(100);
	}

	@Test
	void forgetsWhatFallsBelowTheWatermark() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(new FeedSlice(100, 0, List.of(entry(7, 100))));
		cursor.advance(new FeedSlice(101, 0, List.of()));
		// below the watermark a read never returns it again; were it returned, it would
		// be
		// announced twice, which shows it was forgotten
		assertThat(cursor.advance(new FeedSlice(101, 0, List.of(entry(7, 100))))).hasSize(1);
	}

	@Test
	void neverMovesTheWatermarkBack() {
		StreamCursor cursor = new StreamCursor();
		cursor.advance(new FeedSlice(120, 0, List.of()));
		cursor.advance(new FeedSlice(110, 0, List.of()));
		assertThat(cursor.watermark()).isEqualTo(120);
	}

	@Test
	void tellsWhenTheUnreadCountChanged() {
		StreamCursor cursor = new StreamCursor();
		assertThat(cursor.unreadCountChanged(0)).isTrue();
		assertThat(cursor.unreadCountChanged(0)).isFalse();
		assertThat(cursor.unreadCountChanged(2)).isTrue();
	}

	private static FeedEntry entry(long id, long txid) {
		return new FeedEntry(id, txid, new NotificationResponse(Long.toString(id), "user-1", "task_assigned", "📋",
				"title", "message", false, Instant.EPOCH, null, null, null));
	}

}
