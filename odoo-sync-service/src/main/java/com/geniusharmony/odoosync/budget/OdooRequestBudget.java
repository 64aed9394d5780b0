package com.geniusharmony.odoosync.budget;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The budget of requests to Odoo shared by every instance of the service. Every request
 * to Odoo first takes a permit; a refusal with HTTP 429 pauses every instance.
 */
public interface OdooRequestBudget {

	/**
	 * Waits until one request may be sent: until any global pause is over and a token is
	 * free in the shared bucket (or, while Redis is unreachable, in the conservative
	 * local one).
	 * @return how long the caller waited
	 */
	Mono<Duration> acquire();

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

}
