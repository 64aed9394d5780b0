package com.geniusharmony.core.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.connection.SingleConnectionFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Publishes the outbox while this replica holds the relay lock: drains the oldest rows in
 * batches, deletes what the broker acknowledged, then waits for a commit notification or
 * the poll interval. A standby retries the lock every poll interval. Runs on its own
 * thread, so blocking on the database and the broker is fine here.
 */
class OutboxRelay implements SmartLifecycle, Runnable {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private @Nullable OutboxRepository outbox;

	private final Supplier<OutboxPublisher> publishers;

	private @Nullable OutboxPublisher publisher;

	private final RelayLeadership leadership;

	private final OutboxMetrics metrics;

	private final OutboxProperties properties;

	private final Semaphore wakeUp = new Semaphore(0);

	private volatile boolean running;

	private @Nullable Thread thread;

	OutboxRelay(Supplier<OutboxPublisher> publishers, ConnectionFactory leaderConnections, OutboxMetrics metrics,
			OutboxProperties properties) {
		this.publishers = publishers;
		this.leadership = new RelayLeadership(leaderConnections, properties.lockKey(), this::wakeUp);
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
		while (this.running) {
			try {
				if (this.leadership.isHeld() || becomeRelay()) {
					drain();
				}
				waitForWork();
				if (this.leadership.isHeld()) {
					this.leadership.stillHeld();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.warn("The outbox relay failed, it tries again in {}: {}", this.properties.pollInterval(),
						ex.getMessage());
				// A dead connection (database restarted, session terminated) has lost the
				// lock with it: let go of
				// it, so that this instance or a standby becomes the relay again on a
				// fresh connection.
				if (this.leadership.isHeld()) {
					this.leadership.stillHeld();
				}
				pause();
			}
		}
	}

	private boolean becomeRelay() {
		boolean acquired = this.leadership.tryAcquire();
		Connection connection = this.leadership.connection();
		if (acquired && connection != null) {
			this.outbox = new OutboxRepository(
					DatabaseClient.create(new SingleConnectionFactory(connection, () -> "PostgreSQL", true)));
			log.info("This instance is now the outbox relay");
		}
		return acquired;
	}

	private void drain() throws InterruptedException {
		OutboxPublisher publisher = this.publisher;
		OutboxRepository outbox = this.outbox;
		while (this.running && publisher != null && outbox != null && this.leadership.isHeld()) {
			List<OutboxRow> rows = outbox.oldest(this.properties.batchSize()).block(TIMEOUT);
			if (rows == null || rows.isEmpty()) {
				this.metrics.backlog(0);
				return;
			}
			List<OutboxRow> published = publisher.publish(rows);
			outbox.delete(published.stream().map(OutboxRow::id).toList()).block(TIMEOUT);
			this.metrics.published(published);
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

	@Override
	public void start() {
		// a context can be stopped and started again (tests pause cached contexts): each
		// start gets a new producer
		this.publisher = this.publishers.get();
		this.running = true;
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
		this.leadership.close();
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

}
