package com.geniusharmony.odoosync.budget;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The budget of requests to Odoo shared by every instance of the service. Every request
 * to Odoo first takes a permit, and is written only if the permit still allows it at the
 * moment of writing; a refusal with HTTP 429 pauses every instance.
 */
public interface OdooRequestBudget {

	/**
	 * Waits until one request may be sent: until any global pause is over and a slot is
	 * reserved in the shared bucket (or, while Redis is unreachable, in the conservative
	 * local one) and has begun.
	 * @param slots how many consecutive slots to reserve: 1, or more for a request whose
	 * earlier permits were reached too late, so that it may be written later in its span
	 * @return the permit
	 */
	Mono<Permit> acquire(int slots);

	/**
	 * Waits for a permit of one slot.
	 * @return the permit
	 * @see #acquire(int)
	 */
	default Mono<Permit> acquire() {
		return acquire(1);
	}

	/**
	 * Decides, at the last moment before a request is written to the connection, whether
	 * its permit still allows it, and records how late the write is. A refused permit is
	 * given up: nothing may be written on it.
	 * @param permit the request's permit
	 * @return true if the request may be written now
	 */
	boolean onWire(Permit permit);

	/**
	 * Pauses every instance after Odoo refused a request with HTTP 429: for the
	 * {@code Retry-After} the server gave, else for 1, 2, then 4 minutes as refusals
	 * follow each other.
	 * @param retryAfter the server's {@code Retry-After}, or {@code null} if it gave none
	 * @return the pause applied
	 */
	Mono<Duration> pauseAfterRefusal(@Nullable Duration retryAfter);

	/**
	 * Records that a request went through, so that the next refusal starts again at the
	 * shortest pause.
	 * @return completes once recorded
	 */
	Mono<Void> recordSuccess();

	/**
	 * How much of the budget every instance together used during the last full minute.
	 * @return the use; its rate is unknown while Redis cannot be read
	 */
	Mono<BudgetUse> use();

	/**
	 * What the budget is doing now.
	 * @return its state
	 */
	BudgetState state();

}
