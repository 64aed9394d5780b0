package com.geniusharmony.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.r2dbc.spi.Connection;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Publishes the outbox while this replica holds the relay lock: drains the oldest rows in
 * batches, deletes what the broker acknowledged, tells the
 * {@link PublishedEventsListener}s, then waits for a commit notification or the poll
 * interval. A standby retries the lock every poll interval. Runs on its own thread, so
 * blocking on the database and the broker is fine here.
 */
class OutboxRelay implements SmartLifecycle, Runnable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Supplier<OutboxPublisher> publishers;

	private final LeadershipFactory leaderships;

	private final List<PublishedEventsListener> listeners;

	private final OutboxMetrics metrics;

	private final OutboxProperties properties;

	private final Semaphore wakeUp = new Semaphore(0);

	private @Nullable OutboxPublisher publisher;

	private @Nullable RelayLeadership leadership;

	/**
	 * The outbox on the connection that holds the lock, rebuilt when that connection
	 * changes.
	 */
	private @Nullable OutboxRepository outbox;

	private @Nullable Connection outboxConnection;

	private volatile boolean running;

	private @Nullable Thread thread;

	/**
	 * @param publishers a new producer for each start
	 * @param leaderships a new leadership for each start, given the relay's wake-up
	 */
	OutboxRelay(Supplier<OutboxPublisher> publishers, LeadershipFactory leaderships,
			List<PublishedEventsListener> listeners, OutboxMetrics metrics, OutboxProperties properties) {
		this.publishers = publishers;
		this.leaderships = leaderships;
		this.listeners = listeners;
		this.metrics = metrics;
		this.properties = properties;
	}

	/** Makes the relay look at the outbox now. */
	void wakeUp() {
		if (this.wakeUp.availablePermits() == 0) {
			this.wakeUp.release();
		}
	}

	@Override
	public void run() {
		RelayLeadership leadership = this.leadership;
		while (this.running && leadership != null) {
			try {
				OutboxRepository outbox = leadership.isHeld() || becomeRelay(leadership) ? outboxOf(leadership) : null;
				if (outbox != null) {
					drain(outbox);
				}
				waitForWork();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// a lost connection took the lock with it: the listening connection
				// notices,
				// and this instance or a standby becomes the relay again on a fresh one
				log.warn("The outbox relay failed, it tries again in {}: {}", this.properties.pollInterval(),
						ex.getMessage());
				pause();
			}
		}
	}

	private boolean becomeRelay(RelayLeadership leadership) {
		boolean acquired = leadership.tryAcquire();
		if (acquired) {
			log.info("This instance is now the outbox relay");
		}
		return acquired;
	}

	private @Nullable OutboxRepository outboxOf(RelayLeadership leadership) {
		Connection connection = leadership.connection();
		if (connection == null) {
			return null;
		}
		if (connection != this.outboxConnection || this.outbox == null) {
			this.outbox = new OutboxRepository(
					DatabaseClient.create(new SingleConnectionFactory(connection, () -> "PostgreSQL", true)));
			this.outboxConnection = connection;
		}
		return this.outbox;
	}

	private void drain(OutboxRepository outbox) throws InterruptedException {
		OutboxPublisher publisher = this.publisher;
		while (this.running && publisher != null) {
			List<OutboxRow> rows = outbox.oldest(this.properties.batchSize()).block(TIMEOUT);
			if (rows == null || rows.isEmpty()) {
				this.metrics.backlog(0);
				return;
			}
			List<OutboxRow> published = publisher.publish(rows);
			outbox.delete(published.stream().map(OutboxRow::id).toList()).block(TIMEOUT);
			this.metrics.published(published);
			tellListeners(published);
			if (published.size() < rows.size()) {
				this.metrics.backlog(outbox.backlog().blockOptional(TIMEOUT).orElse(0L));
				pause();
				return;
			}
			if (rows.size() < this.properties.batchSize()) {
				this.metrics.backlog(0);
				return;
			}
		}
	}

	private void tellListeners(List<OutboxRow> published) {
		if (published.isEmpty()) {
			return;
		}
		for (PublishedEventsListener listener : this.listeners) {
			try {
				listener.published(published);
			}
			catch (RuntimeException ex) {
				log.warn("{} failed on {} published events: {}", listener.getClass().getSimpleName(), published.size(),
						ex.getMessage());
			}
		}
	}

	private void waitForWork() throws InterruptedException {
		this.wakeUp.tryAcquire(this.properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
		this.wakeUp.drainPermits();
	}

	private void pause() {
		try {
			Thread.sleep(this.properties.pollInterval().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

	// A replica that takes no part in relaying keeps the bean but never starts it: the
	// choice is made at run time, so the services' ahead-of-time processed contexts hold
	// the same beans whatever HARMONY_OUTBOX_ENABLED says.
	@Override
	public boolean isAutoStartup() {
		return this.properties.enabled();
	}

	@Override
	public void start() {
		if (!this.properties.enabled()) {
			return;
		}
		// a context can be stopped and started again (tests pause cached contexts): each
		// start gets a new producer and a new connection
		this.publisher = this.publishers.get();
		RelayLeadership started = this.leaderships.create(this::wakeUp);
		this.leadership = started;
		this.outbox = null;
		this.outboxConnection = null;
		this.running = true;
		started.start();
		Thread relay = new Thread(this, "outbox-relay");
		relay.setDaemon(true);
		this.thread = relay;
		relay.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread relay = this.thread;
		if (relay != null) {
			wakeUp();
			try {
				relay.join(TIMEOUT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		RelayLeadership leadership = this.leadership;
		if (leadership != null) {
			leadership.close();
		}
		OutboxPublisher current = this.publisher;
		this.publisher = null;
		if (current != null) {
			current.close();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Makes the leadership of one run of the relay. */
	@FunctionalInterface
	interface LeadershipFactory {

		RelayLeadership create(Runnable onWake);

	}

}
