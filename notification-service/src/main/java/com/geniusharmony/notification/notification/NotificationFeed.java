package com.geniusharmony.notification.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads a user's notifications in commit order for the live stream. Ids come from a
 * sequence, so a row can commit after one with a greater id; a reader that remembers the
 * watermark of its last read instead (see {@link FeedSlice#watermark()}) finds every row
 * committed since, by the transaction id stored with each row.
 */
@Component
public class NotificationFeed {

	private static final String READ = """
			select s.watermark, c.unread, c.unseen, c.total,
			    n.id, n.user_id, n.type, n.title, n.message, n.task_id, n.project_id, n.is_read, n.created_at,
			    n.read_at, n.dedup_key, n.seen_at, n.archived_at, n.snoozed_until, n.params, n.txid, n.state_txid
			from (select txid_snapshot_xmin(txid_current_snapshot()) as watermark) s
			cross join (select count(*) filter (where not u.is_read) as unread,
			        count(*) filter (where u.seen_at is null) as unseen, count(*) as total
			    from notification u
			    where u.user_id = :userId and u.archived_at is null and u.snoozed_until is null) c
			left join notification n on n.user_id = :userId and (%s)
			order by n.id
			""";

	private final DatabaseClient database;

	private final NotificationTexts texts;

	NotificationFeed(DatabaseClient database, NotificationTexts texts) {
		this.database = database;
		this.texts = texts;
	}

	/**
	 * The rows a reader starting now must not announce as new: the visible ones whose
	 * transactions may still be followed by older ones.
	 */
	public Mono<FeedSlice> start(String userId, Locale locale) {
		return read(userId, "n.txid >= s.watermark or n.state_txid >= s.watermark", -1, locale);
	}

	/**
	 * The given row and the rows written after it (by id, or by a transaction that was
	 * still running when it was written): what a client that saw it may have missed. The
	 * row itself is included so that a reader notes it as handled: a later read by
	 * watermark may return it again while an older transaction runs. If the row is gone,
	 * the rows with greater ids.
	 */
	public Mono<FeedSlice> after(String userId, long lastSeenId, Locale locale) {
		return read(userId, """
				n.id >= :after or (n.id < :after and n.txid >= (select l.stream_xmin from notification l
				    where l.id = :after and l.user_id = :userId))""", lastSeenId, locale);
	}

	/**
	 * The rows written, or whose state was changed, by the transactions at or above a
	 * watermark.
	 */
	public Mono<FeedSlice> since(String userId, long watermark, Locale locale) {
		return read(userId, "n.txid >= :after or n.state_txid >= :after", watermark, locale);
	}

	private Mono<FeedSlice> read(String userId, String condition, long after, Locale locale) {
		DatabaseClient.GenericExecuteSpec statement = this.database.sql(READ.formatted(condition))
			.bind("userId", userId);
		if (after >= 0) {
			statement = statement.bind("after", after);
		}
		return statement
			.map((row) -> new Line(row.get("watermark", Long.class),
					new InboxCounts(row.get("unread", Long.class), row.get("unseen", Long.class),
							row.get("total", Long.class)),
					(row.get("id", Long.class) != null) ? entry(row, locale) : null))
			.all()
			.collectList()
			.map(NotificationFeed::slice);
	}

	private static FeedSlice slice(List<Line> lines) {
		List<FeedEntry> entries = new ArrayList<>();
		for (Line line : lines) {
			if (line.entry() != null) {
				entries.add(line.entry());
			}
		}
		return new FeedSlice(lines.get(0).watermark(), lines.get(0).counts(), entries);
	}

	private FeedEntry entry(Readable row, Locale locale) {
		Notification notification = Notification.of(row);
		return new FeedEntry(notification.id(), row.get("txid", Long.class), row.get("state_txid", Long.class),
				NotificationResponse.of(notification, this.texts, locale));
	}

	private record Line(long watermark, InboxCounts counts, @Nullable FeedEntry entry) {

	}

}
