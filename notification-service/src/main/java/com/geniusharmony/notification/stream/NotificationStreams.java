package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;
import com.geniusharmony.notification.notification.NotificationFeed;
import com.geniusharmony.notification.notification.NotificationResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

/**
 * Builds one user's stream: an {@code unread_count} and a {@code counts} event first,
 * then a {@code notification} event (its id the notification's) for each notification
 * committed after the stream started (or after the client's last event id) or back from a
 * snooze, a {@code notification_updated} event for each notification seen, read, archived
 * or snoozed (by another tab too), a {@code counts} event when the counts changed, an
 * {@code unread_count} event when only the unread count changed, and, from the first
 * event on, a comment as heartbeat. Each wake-up reads the feed once; wake-ups that
 * arrive meanwhile fold into one read.
 */
@Component
class NotificationStreams {

	private static final Logger log = LoggerFactory.getLogger(NotificationStreams.class);

	private static final Object WAKE = new Object();

	static final int MAX_UPDATES = 100;

	private final NotificationFeed feed;

	private final ChangeSignals signals;

	private final StreamProperties properties;

	NotificationStreams(NotificationFeed feed, ChangeSignals signals, StreamProperties properties) {
		this.feed = feed;
		this.signals = signals;
		this.properties = properties;
	}

	/**
	 * Opens a stream.
	 * @param userId the caller
	 * @param lastEventId the id of the last notification the client received, if it is
	 * resuming
	 * @param locale the language of the notifications
	 * @return the events, until the client leaves or this replica stops
	 */
	Flux<ServerSentEvent<Object>> open(String userId, @Nullable Long lastEventId, Locale locale) {
		return Flux.defer(() -> {
			StreamCursor cursor = new StreamCursor();
			Sinks.Empty<Void> ended = Sinks.empty();
			Sinks.Empty<Void> started = Sinks.empty();
			Flux<Object> wakes = Flux.create((sink) -> {
				ChangeSignals.Subscription subscription = this.signals.subscribe(userId, () -> sink.next(WAKE),
						ended::tryEmitEmpty);
				sink.onDispose(subscription::cancel);
				// registered first, read second: nothing committed in between is missed
				sink.next(WAKE);
			}, FluxSink.OverflowStrategy.LATEST);
			Flux<ServerSentEvent<Object>> changes = wakes
				.concatMap((wake) -> read(userId, lastEventId, locale, cursor), 1)
				.onErrorResume((ex) -> {
					// the client reconnects with its last event id and misses nothing
					log.warn("The notification stream of user {} failed and ends: {}", userId, ex.getMessage());
					ended.tryEmitEmpty();
					return Flux.empty();
				});
			Duration heartbeat = this.properties.heartbeat();
			// heartbeats start once the first event is out: the unread count comes first
			// however long its read takes
			Flux<ServerSentEvent<Object>> heartbeats = Flux.interval(heartbeat, heartbeat)
				.map((tick) -> ServerSentEvent.builder().comment("heartbeat").build())
				.delaySubscription(started.asMono());
			return Flux.merge(changes, heartbeats)
				.doOnNext((event) -> started.tryEmitEmpty())
				.takeUntilOther(ended.asMono());
		});
	}

	private Flux<ServerSentEvent<Object>> read(String userId, @Nullable Long lastEventId, Locale locale,
			StreamCursor cursor) {
		if (cursor.started()) {
			return this.feed.since(userId, cursor.watermark(), locale).flatMapMany((slice) -> {
				StreamCursor.Changes changes = cursor.advance(slice);
				List<ServerSentEvent<Object>> events = new ArrayList<>(notifications(changes.news(), slice));
				boolean unreadChanged = cursor.unreadCountChanged(slice.unreadCount());
				if (changes.news().isEmpty() && unreadChanged) {
					events.add(unreadCount(slice, false));
				}
				events.addAll(updates(changes.updated(), slice));
				if (cursor.countsChanged(slice.counts())) {
					events.add(counts(slice));
				}
				return Flux.fromIterable(events);
			});
		}
		if (lastEventId == null) {
			return this.feed.start(userId, locale).flatMapMany((slice) -> {
				// what is there already is not news
				cursor.advance(slice);
				cursor.unreadCountChanged(slice.unreadCount());
				cursor.countsChanged(slice.counts());
				return Flux.just(unreadCount(slice, true), counts(slice));
			});
		}
		return this.feed.after(userId, lastEventId, locale).flatMapMany((slice) -> {
			List<FeedEntry> missed = cursor.advance(slice)
				.news()
				.stream()
				.filter((entry) -> entry.id() != lastEventId)
				.toList();
			cursor.unreadCountChanged(slice.unreadCount());
			cursor.countsChanged(slice.counts());
			return Flux.just(unreadCount(slice, true), counts(slice))
				.concatWith(Flux.fromIterable(notifications(missed, slice)));
		});
	}

	private ServerSentEvent<Object> unreadCount(FeedSlice slice, boolean first) {
		ServerSentEvent.Builder<Object> event = ServerSentEvent.builder()
			.event("unread_count")
			.data(new UnreadCount(slice.unreadCount()));
		return (first ? event.retry(this.properties.reconnect()) : event).build();
	}

	private static ServerSentEvent<Object> counts(FeedSlice slice) {
		return ServerSentEvent.builder().event("counts").data(slice.counts()).build();
	}

	/**
	 * A {@code notification_updated} event per notification whose state changed, or, for
	 * more than {@value #MAX_UPDATES} at once (a bulk action), one {@code inbox_changed}
	 * event telling the client to read its list again.
	 */
	private static List<ServerSentEvent<Object>> updates(List<FeedEntry> updated, FeedSlice slice) {
		if (updated.size() > MAX_UPDATES) {
			return List.of(ServerSentEvent.builder().event("inbox_changed").data(slice.counts()).build());
		}
		return updated.stream()
			.map((entry) -> ServerSentEvent.builder()
				.event("notification_updated")
				.data((Object) entry.notification())
				.build())
			.toList();
	}

	/**
	 * One event per notification, each with the unread count once it is counted: the
	 * read's count, less the unread notifications that come after it. An event's id is
	 * the notification's, the id to resume after; a notification back from a snooze goes
	 * without one, as resuming after its older id would send again all that came since.
	 */
	private static List<ServerSentEvent<Object>> notifications(List<FeedEntry> entries, FeedSlice slice) {
		List<ServerSentEvent<Object>> events = new ArrayList<>(entries.size());
		long unreadCount = slice.unreadCount();
		for (int i = entries.size() - 1; i >= 0; i--) {
			FeedEntry entry = entries.get(i);
			NotificationResponse notification = entry.notification();
			ServerSentEvent.Builder<Object> event = ServerSentEvent.builder()
				.event("notification")
				.data(new StreamedNotification(notification, Math.max(unreadCount, 0)));
			if (!entry.backFromSnooze()) {
				event.id(Long.toString(entry.id()));
			}
			events.add(event.build());
			// the count covers the inbox's unread ones only
			if (!notification.isRead() && notification.archivedAt() == null && notification.snoozedUntil() == null) {
				unreadCount--;
			}
		}
		Collections.reverse(events);
		return events;
	}

}
