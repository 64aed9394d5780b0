package com.geniusharmony.odoosync.config;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Remembers that Redis did not answer, so that for a while every user of Redis in this
 * instance (the budget, the caches) goes on without it at once, instead of each step
 * waiting for its own timeout while Redis is down. The first step after that while tries
 * Redis again.
 */
public final class RedisAvailability {

	private static final Logger logger = LoggerFactory.getLogger(RedisAvailability.class);

	private final Duration withoutRedisAfterFailure;

	private final LongSupplier nanoClock;

	private final AtomicLong skippedUntil;

	/**
	 * @param withoutRedisAfterFailure how long Redis is left alone after it failed
	 * @param nanoClock the clock, {@code System::nanoTime} outside tests
	 */
	public RedisAvailability(Duration withoutRedisAfterFailure, LongSupplier nanoClock) {
		this.withoutRedisAfterFailure = withoutRedisAfterFailure;
		this.nanoClock = nanoClock;
		this.skippedUntil = new AtomicLong(nanoClock.getAsLong());
	}

	/**
	 * Whether Redis is left alone for now, after a recent failure.
	 * @return true while steps go on without Redis
	 */
	public boolean skipped() {
		return this.nanoClock.getAsLong() - this.skippedUntil.get() < 0;
	}

	/**
	 * Notes that Redis failed to answer a step: from now on Redis is left alone for a
	 * while.
	 * @param failure what the step failed with
	 */
	public void failed(Throwable failure) {
		boolean wasSkipped = skipped();
		this.skippedUntil.set(this.nanoClock.getAsLong() + this.withoutRedisAfterFailure.toNanos());
		if (!wasSkipped) {
			logger.warn("Redis did not answer ({}): this instance goes on without it and tries again in {} s",
					failure.toString(), this.withoutRedisAfterFailure.toSeconds());
		}
	}

	/**
	 * Runs a step against Redis, unless Redis is left alone for now; a step that fails
	 * starts that while.
	 * @param <T> what the step answers
	 * @param step the step
	 * @param withoutRedis what to answer instead
	 * @return the step's answer, or the one without Redis
	 */
	public <T> Mono<T> attempt(Mono<T> step, Supplier<Mono<T>> withoutRedis) {
		return Mono.defer(() -> {
			if (skipped()) {
				return withoutRedis.get();
			}
			return step.onErrorResume((failure) -> {
				failed(failure);
				return withoutRedis.get();
			});
		});
	}

}
