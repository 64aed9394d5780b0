package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;

import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A budget that permits every request at once and remembers what it was asked: permits
 * taken, pauses (with the server's {@code Retry-After}) and successes.
 */
final class CountingBudget implements OdooRequestBudget {

	private final AtomicInteger acquired = new AtomicInteger();

	private final AtomicInteger successes = new AtomicInteger();

	private final List<Optional<Duration>> pauses = new CopyOnWriteArrayList<>();

	@Override
	public Mono<Duration> acquire() {
		return Mono.fromSupplier(() -> {
			this.acquired.incrementAndGet();
			return Duration.ZERO;
		});
	}

	@Override
	public Mono<Duration> pauseAfterRefusal(@Nullable Duration retryAfter) {
		return Mono.fromSupplier(() -> {
			this.pauses.add(Optional.ofNullable(retryAfter));
			return (retryAfter != null) ? retryAfter : Duration.ofMinutes(1);
		});
	}

	@Override
	public Mono<Void> recordSuccess() {
		return Mono.fromRunnable(this.successes::incrementAndGet);
	}

	int acquired() {
		return this.acquired.get();
	}

	int successes() {
		return this.successes.get();
	}

	List<Optional<Duration>> pauses() {
		return List.copyOf(this.pauses);
	}

}
