package com.geniusharmony.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client of the live stream, as a browser's {@code EventSource} would hold it open:
 * events are queued as they arrive, and the test takes them one by one. The inbox's state
 * events ({@value #INBOX_EVENTS}) go to a queue of their own, read by
 * {@link #nextInboxEvent()}, so that a test of new notifications reads past them.
 */
public final class EventStream implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Object END = new Object();

	private static final String INBOX_EVENTS = "counts, notification_updated, inbox_changed";

	private static final List<String> INBOX_EVENT_NAMES = List.of(INBOX_EVENTS.split(", "));

	private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

	private final BlockingQueue<Object> inboxEvents = new LinkedBlockingQueue<>();

	private final Disposable subscription;

	private EventStream(WebClient client, String uri, Consumer<HttpHeaders> headers) {
		this.subscription = client.get()
			.uri(uri)
			.accept(MediaType.TEXT_EVENT_STREAM)
			.headers(headers)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() {
			})
			.subscribe(this::add, this.received::add, () -> this.received.add(END));
	}

	private void add(ServerSentEvent<Map<String, Object>> event) {
		boolean inboxEvent = event.event() != null && INBOX_EVENT_NAMES.contains(event.event());
		(inboxEvent ? this.inboxEvents : this.received).add(event);
	}

	/** Opens the stream of a server on 127.0.0.1 with an access token. */
	public static EventStream open(int port, String token, @Nullable String lastEventId) {
		return new EventStream(WebClient.create("http://127.0.0.1:" + port), "/api/notifications/stream/",
				(headers) -> {
					headers.setBearerAuth(token);
					if (lastEventId != null) {
						headers.set("Last-Event-ID", lastEventId);
					}
				});
	}

	/**
	 * Opens a stream as a browser's {@code EventSource} does: a URL, no token.
	 * @param port the server's port on 127.0.0.1
	 * @param url the path and query, such as a stream ticket's {@code stream_url}
	 * @return the stream
	 */
	public static EventStream openUrl(int port, String url) {
		return new EventStream(WebClient.create("http://127.0.0.1:" + port), url, (headers) -> {
		});
	}

	/**
	 * Every event until the server ends the stream, comments left out.
	 * @return the events
	 */
	@SuppressWarnings("unchecked")
	public List<ServerSentEvent<Map<String, Object>>> untilEnd() {
		List<ServerSentEvent<Map<String, Object>>> events = new ArrayList<>();
		while (true) {
			Object item = take();
			if (item == END) {
				return events;
			}
			assertThat(item).as("the next event of the stream").isInstanceOf(ServerSentEvent.class);
			ServerSentEvent<Map<String, Object>> event = (ServerSentEvent<Map<String, Object>>) item;
			if (event.comment() == null) {
				events.add(event);
			}
		}
	}

	/** The next inbox state event: {@value #INBOX_EVENTS}. */
	@SuppressWarnings("unchecked")
	public ServerSentEvent<Map<String, Object>> nextInboxEvent() {
		return (ServerSentEvent<Map<String, Object>>) take(this.inboxEvents);
	}

	/** The next event that is neither a comment nor an inbox state event. */
	public ServerSentEvent<Map<String, Object>> next() {
		while (true) {
			ServerSentEvent<Map<String, Object>> event = nextOfAnyKind();
			if (event.comment() == null) {
				return event;
			}
		}
	}

	/** The next event, comments included. */
	@SuppressWarnings("unchecked")
	public ServerSentEvent<Map<String, Object>> nextOfAnyKind() {
		Object item = take();
		assertThat(item).as("the next event of the stream").isInstanceOf(ServerSentEvent.class);
		return (ServerSentEvent<Map<String, Object>>) item;
	}

	/** Waits until the server ends the stream, skipping comments. */
	public void awaitEnd() {
		while (true) {
			Object item = take();
			if (item == END) {
				return;
			}
			assertThat(item).isInstanceOfSatisfying(ServerSentEvent.class,
					(event) -> assertThat(event.comment()).as("an event before the end").isNotNull());
		}
	}

	private Object take() {
		return take(this.received);
	}

	private static Object take(BlockingQueue<Object> queue) {
		try {
			Object item = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
			assertThat(item).as("an event within " + WAIT).isNotNull();
			return item;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.subscription.dispose();
	}

}
