package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.geniusharmony.notification.notification.FeedEntry;
import com.geniusharmony.notification.notification.FeedSlice;
import com.geniusharmony.notification.notification.NotificationFeed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Sinks;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;

/**
 * Builds one user's stream: an {@code unread_count} event first, then a
 * {@code notification} event (its id the notification's) for each notification committed
 * after the stream started (or after the client's last event id), an {@code unread_count}
 * event when only the count changed, and, from the first event on, a comment as
 * heartbeat. Each wake-up reads the feed once; wake-ups that arrive meanwhile fold into
 * one read.
 */
@Component
class NotificationStreams {

	private static final Logger log = LoggerFactory.getLogger(NotificationStreams.class);

	private static final Object WAKE = new Object();

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
	 * @return the events, until the client leaves or this replica stops
	 */
	Flux<ServerSentEvent<Object>> open(String userId, @Nullable Long lastEventId) {
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
			Flux<ServerSentEvent<Object>> changes = wakes.concatMap((wake) -> read(userId, lastEventId, cursor), 1)
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

	private Flux<ServerSentEvent<Object>> read(String userId, @Nullable Long lastEventId, StreamCursor cursor) {
		if (cursor.started()) {
			return this.feed.since(userId, cursor.watermark()).flatMapMany((slice) -> {
				List<FeedEntry> fresh = cursor.advance(slice);
				boolean countChanged = cursor.unreadCountChanged(slice.unreadCount());
				if (fresh.isEmpty()) {
					return countChanged ? Flux.just(unreadCount(slice, false)) : Flux.empty();
				}
				return Flux.fromIterable(notifications(fresh, slice));
			});
		}
		if (lastEventId == null) {
			return this.feed.start(userId).map((slice) -> {
				// what is there already is not news
				cursor.advance(slice);
				cursor.unreadCountChanged(slice.unreadCount());
				return unreadCount(slice, true);
			}).flux();
		}
		return this.feed.after(userId, lastEventId).flatMapMany((slice) -> {
			List<FeedEntry> missed = cursor.advance(slice)
				.stream()
				.filter((entry) -> entry.id() != lastEventId)
				.toList();
			cursor.unreadCountChanged(slice.unreadCount());
			return Flux.just(unreadCount(slice, true)).concatWith(Flux.fromIterable(notifications(missed, slice)));
		});
	}

	private ServerSentEvent<Object> unreadCount(FeedSlice slice, boolean first) {
		ServerSentEvent.Builder<Object> event = ServerSentEvent.builder()
			.event("unread_count")
			.data(new UnreadCount(slice.unreadCount()));
		return (first ? event.retry(this.properties.reconnect()) : event).build();
	}

	/**
	 * One event per notification, each with the unread count once it is counted: the
	 * read's count, less the unread notifications that come after it.
	 */
	private static List<ServerSentEvent<Object>> notifications(List<FeedEntry> entries, FeedSlice slice) {
		List<ServerSentEvent<Object>> events = new ArrayList<>(entries.size());
		long unreadCount = slice.unreadCount();
		for (int i = entries.size() - 1; i >= 0; i--) {
			FeedEntry entry = entries.get(i);
			events.add(ServerSentEvent.builder()
				.id(Long.toString(entry.id()))
				.event("notification")
				.data(new StreamedNotification(entry.notification(), Math.max(unreadCount, 0)))
				.build());
			if (!entry.notification().isRead()) {
				unreadCount--;
			}
		}
		Collections.reverse(events);
		return events;
	}

}
