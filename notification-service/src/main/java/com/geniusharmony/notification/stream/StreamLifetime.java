package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.codec.ServerSentEvent;

/**
 * A stream lives as long as what authorised it (the access token, or the token that asked
 * for its ticket). Shortly before that ends it says so ({@code token_expiring}), so that
 * the client opens the next stream in time; when it ends it says so again
 * ({@code token_expired}) and closes. Neither event has an id: the client's last event id
 * stays the last notification's.
 */
final class StreamLifetime {

	static final String EXPIRING = "token_expiring";

	static final String EXPIRED = "token_expired";

	private StreamLifetime() {
	}

	static Flux<ServerSentEvent<Object>> until(Flux<ServerSentEvent<Object>> stream, Instant authorizedUntil,
			Duration notice) {
		Duration left = positive(Duration.between(Instant.now(), authorizedUntil));
		Mono<ServerSentEvent<Object>> expiring = Mono.delay(positive(left.minus(notice)))
			.map((tick) -> event(EXPIRING, authorizedUntil));
		return stream.publish((events) -> Flux.merge(events, expiring.takeUntilOther(events.then())))
			.takeUntilOther(Mono.delay(left))
			// said only when the stream ends for its authorisation, not when the replica
			// stops
			.concatWith(Mono.fromSupplier(() -> event(EXPIRED, authorizedUntil))
				.filter((event) -> !Instant.now().isBefore(authorizedUntil)));
	}

	private static ServerSentEvent<Object> event(String name, Instant authorizedUntil) {
		return ServerSentEvent.builder().event(name).data(new StreamExpiry(authorizedUntil)).build();
	}

	private static Duration positive(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	/**
	 * When the stream's authorisation ends, and what to do about it.
	 *
	 * @param expiresAt when this stream closes
	 * @param action what the client does
	 */
	record StreamExpiry(Instant expiresAt, String action) {

		StreamExpiry(Instant expiresAt) {
			this(expiresAt, "Open a new stream (with a new ticket, or a fresh token) and last_event_id,"
					+ " then close this one.");
		}

	}

}
