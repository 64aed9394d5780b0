package com.geniusharmony.core.api;

import java.time.Duration;
import java.util.function.Supplier;

import com.geniusharmony.support.web.ConflictException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Runs a change in one transaction (the change, its version and its events commit
 * together or not at all), and runs it again on fresh state when another request changed
 * the same aggregate first. After too many such collisions the caller gets a 409.
 */
@Component
public class Transactions {

	private static final int ATTEMPTS = 12;

	private final TransactionalOperator transactional;

	Transactions(TransactionalOperator transactional) {
		this.transactional = transactional;
	}

	/**
	 * Runs a change.
	 * @param change makes the change's publisher; called again for each attempt
	 * @param <T> the result type
	 * @return the result of the attempt that committed
	 */
	public <T> Mono<T> write(Supplier<Mono<T>> change) {
		return Mono.defer(() -> this.transactional.transactional(change.get()))
			.retryWhen(Retry.backoff(ATTEMPTS, Duration.ofMillis(5))
				.maxBackoff(Duration.ofMillis(100))
				.jitter(0.75)
				.filter(StaleVersionException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> new ConflictException(
						"The resource was changed by other requests at the same time; try again.", null)));
	}

}
