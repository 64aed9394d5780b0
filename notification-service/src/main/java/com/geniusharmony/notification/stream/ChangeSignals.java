package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.notification.notification.InboxChanges;
import com.geniusharmony.support.postgres.ListeningConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Wakes the streams of a user when any replica commits a change to that user's
 * notifications, and tells this replica's caches ({@link InboxChanges}): one
 * {@link ListeningConnection} per replica listens on {@value #CHANNEL}, whose payload is
 * the user id. After the connection is (re)made, every stream is woken, so that nothing
 * committed while it was down is missed. On stop, every stream ends, so that clients
 * reconnect to a replica that is still running.
 */
class ChangeSignals implements SmartLifecycle {

	static final String CHANNEL = "harmony_notification";

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "notification-change-listener";

	private final ListeningConnection listening;

	private final Map<String, Set<Subscription>> subscriptions = new ConcurrentHashMap<>();

	private final AtomicInteger subscribers = new AtomicInteger();

	ChangeSignals(ConnectionFactory connections, Duration checkInterval, MeterRegistry meters, InboxChanges changes) {
		this.listening = new ListeningConnection(connections, APPLICATION_NAME, CHANNEL, checkInterval,
				new ListeningConnection.Listener() {

					@Override
					public void connected(PostgresqlConnection connection) {
						// whatever was committed while no connection listened
						changes.heard(true);
						wakeAll();
					}

					@Override
					public void notified(String userId) {
						changes.changed(userId);
						wake(userId);
					}

					@Override
					public void lost() {
						// the streams keep their heartbeat; they are all woken once
						// listening again. Meanwhile the caches keep nothing.
						changes.heard(false);
					}

				});
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

	@Override
	public void start() {
		this.listening.start();
	}

	@Override
	public void stop() {
		this.listening.close();
		this.subscriptions.values().forEach((ofUser) -> ofUser.forEach((subscription) -> subscription.end.run()));
	}

	@Override
	public boolean isRunning() {
		return this.listening.isStarted();
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
