package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One thread that runs a scan again a fixed delay after the previous one ended, and keeps
 * running when a scan fails (counted, so that the report can say so).
 */
final class Poller implements AutoCloseable {

	private final ScheduledExecutorService thread;

	private final AtomicInteger failures = new AtomicInteger();

	Poller(String name, Duration delay, Runnable scan) {
		this.thread = Executors.newSingleThreadScheduledExecutor((runnable) -> new Thread(runnable, name));
		this.thread.scheduleWithFixedDelay(() -> {
			try {
				scan.run();
			}
			catch (RuntimeException ex) {
				this.failures.incrementAndGet();
			}
		}, 0, delay.toNanos(), TimeUnit.NANOSECONDS);
	}

	int failures() {
		return this.failures.get();
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
	}

}
