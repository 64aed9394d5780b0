package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.scheduler.lease.Lease;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link TickEmitter} every poll interval on one thread of its own, purges old
 * sent ticks while leading, and gives the lease up on shutdown so that another replica
 * takes over at once.
 */
class TickLoop implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TickLoop.class);

	private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

	private final TickEmitter emitter;

	private final TickRepository repository;

	private final Lease lease;

	private final SchedulerProperties properties;

	private final Clock clock;

	private @Nullable ScheduledExecutorService executor;

	private boolean prepared;

	private @Nullable Instant lastPurge;

	TickLoop(TickEmitter emitter, TickRepository repository, Lease lease, SchedulerProperties properties, Clock clock) {
		this.emitter = emitter;
		this.repository = repository;
		this.lease = lease;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "tick-loop");
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::runOnce, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		this.executor = started;
		log.info("Replica {} evaluates the schedules {} every {}", this.lease.holder(), this.properties.schedules(),
				this.properties.pollInterval());
	}

	@Override
	public synchronized void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running == null) {
			return;
		}
		running.shutdown();
		try {
			if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
				running.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.lease.release();
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private void runOnce() {
		try {
			if (!this.prepared) {
				this.emitter.prepare();
				this.prepared = true;
			}
			this.emitter.evaluate();
			purgeWhileLeading();
		}
		catch (RuntimeException ex) {
			// the next run tries again; the lease and the fence keep any retry safe
			log.warn("Evaluating the schedules failed: {}", ex.getMessage(), ex);
		}
	}

	private void purgeWhileLeading() {
		Instant now = this.clock.instant();
		if (!this.lease.isLeader() || (this.lastPurge != null && now.isBefore(this.lastPurge.plus(PURGE_INTERVAL)))) {
			return;
		}
		this.lastPurge = now;
		Long purged = this.repository.deleteSentBefore(this.properties.tickRetention()).block(Duration.ofSeconds(30));
		if (purged != null && purged > 0) {
			log.info("Purged {} ticks sent more than {} ago", purged, this.properties.tickRetention());
		}
	}

}
