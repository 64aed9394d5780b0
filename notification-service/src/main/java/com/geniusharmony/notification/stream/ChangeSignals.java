package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ValidationDepth;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.context.SmartLifecycle;

/**
 * Wakes the streams of a user when any replica commits a change to that user's
 * notifications: one dedicated connection per replica {@code LISTEN}s on
 * {@value #CHANNEL}, whose payload is the user id. After the connection is (re)made,
 * every stream is woken, so that nothing committed while it was down is missed. On stop,
 * every stream ends, so that clients reconnect to a replica that is still running.
 */
class ChangeSignals implements SmartLifecycle {

	static final String CHANNEL = "harmony_notification";

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "notification-change-listener";

	private static final Logger log = LoggerFactory.getLogger(ChangeSignals.class);

	private final ConnectionFactory connections;

	private final Duration checkInterval;

	private final Map<String, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();

	private final AtomicInteger subscribers = new AtomicInteger();

	private volatile @Nullable Disposable listening;

	ChangeSignals(ConnectionFactory connections, Duration checkInterval, MeterRegistry meters) {
		this.connections = connections;
		this.checkInterval = checkInterval;
		Gauge.builder("harmony.notifications.stream.subscribers", this.subscribers, AtomicInteger::get)
			.description("Live streams open on this replica")
			.register(meters);
	}

	/**
	 * Registers a stream of a user.
	 * @param userId the user
	 * @param wake called when the user's notifications may have changed
	 * @param end called when this replica stops
	 * @return the subscription, to cancel when the stream ends
	 */
	Subscription subscribe(String userId, Runnable wake, Runnable end) {
		Subscription subscription = new Subscription(userId, wake, end);
		// adding and removing under the key's lock, so that a set emptied by a cancel is
		// never the one a new subscription goes into
		this.subscriptions.compute(userId, (id, ofUser) -> {
			Set<Subscription> set = (ofUser != null) ? ofUser : ConcurrentHashMap.newKeySet();
			set.add(subscription);
			return set;
		});
		this.subscribers.incrementAndGet();
		return subscription;
	}

	private void wake(String userId) {
		Set<Subscription> ofUser = this.subscriptions.get(userId);
		if (ofUser != null) {
			ofUser.forEach((subscription) -> subscription.wake.run());
		}
	}

	private void wakeAll() {
		this.subscriptions.values().forEach((ofUser) -> ofUser.forEach((subscription) -> subscription.wake.run()));
	}

	private Flux<String> listen() {
		return Flux
			.usingWhen(Mono.from(this.connections.create()).cast(PostgresqlConnection.class), this::listenOn,
					Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200))
				.maxBackoff(Duration.ofSeconds(10))
				.doBeforeRetry((signal) -> log.warn("Listening for notification changes failed ({}); retrying",
						signal.failure().getMessage())));
	}

	private Flux<String> listenOn(PostgresqlConnection connection) {
		Mono<Void> listen = execute(connection, "set application_name = '" + APPLICATION_NAME + "'")
			.then(execute(connection, "listen " + CHANNEL))
			.then(Mono.fromRunnable(() -> {
				log.info("Listening for notification changes on channel {}", CHANNEL);
				// whatever was committed while no connection listened
				wakeAll();
			}));
		Flux<String> userIds = connection.getNotifications()
			.map(Notification::getParameter)
			.filter(Objects::nonNull)
			.map(String::valueOf);
		return listen.thenMany(Flux.merge(userIds, watchdog(connection)))
			.concatWith(Mono.error(() -> new IllegalStateException("the listening connection closed")));
	}

	private static Mono<Void> execute(PostgresqlConnection connection, String sql) {
		return Flux.from(connection.createStatement(sql).execute()).flatMap(PostgresqlResult::getRowsUpdated).then();
	}

	/** Fails once the connection no longer answers, which a silent network loss hides. */
	private Flux<String> watchdog(PostgresqlConnection connection) {
		return Flux.interval(this.checkInterval)
			.concatMap((tick) -> Mono.from(connection.validate(ValidationDepth.REMOTE)))
			.filter((valid) -> !valid)
			.next()
			.flatMapMany((invalid) -> Flux.error(new IllegalStateException("the listening connection is lost")));
	}

	@Override
	public void start() {
		this.listening = listen().subscribe(this::wake);
	}

	@Override
	public void stop() {
		Disposable current = this.listening;
		this.listening = null;
		if (current != null) {
			current.dispose();
		}
		this.subscriptions.values().forEach((ofUser) -> ofUser.forEach((subscription) -> subscription.end.run()));
	}

	@Override
	public boolean isRunning() {
		return this.listening != null;
	}

	/**
	 * One stream's registration.
	 */
	final class Subscription {

		private final String userId;

		private final Runnable wake;

		private final Runnable end;

		private Subscription(String userId, Runnable wake, Runnable end) {
			this.userId = userId;
			this.wake = wake;
			this.end = end;
		}

		void cancel() {
			ChangeSignals.this.subscriptions.computeIfPresent(this.userId, (id, ofUser) -> {
				if (ofUser.remove(this)) {
					ChangeSignals.this.subscribers.decrementAndGet();
				}
				return ofUser.isEmpty() ? null : ofUser;
			});
		}

	}

}
