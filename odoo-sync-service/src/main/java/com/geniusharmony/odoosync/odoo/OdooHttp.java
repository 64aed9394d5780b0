package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;

import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.odoosync.budget.Permit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ReactiveHttpOutputMessage;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends one HTTP request to Odoo, the one place that spends the shared budget: takes a
 * permit first (one per request, whatever the call), writes the request only if the
 * permit still allows it at that moment, pauses every instance when Odoo answers with a
 * rate limit, and tells the budget of each success. Bounds the wait for the answer,
 * decodes it, and counts and times it. Every failure comes out as an
 * {@link OdooException}.
 */
final class OdooHttp {

	private static final Logger logger = LoggerFactory.getLogger(OdooHttp.class);

	/** The header naming the start of the request's budget slot. */
	static final String SLOT_HEADER = "X-Harmony-Budget-Slot";

	/** The header naming when the request was written to the connection. */
	static final String WRITTEN_HEADER = "X-Harmony-Written-At";

	/**
	 * The most slots one permit holds: a request late on permits of 1, 2 and 4 slots
	 * waits on permits of 8 until it reaches one in time.
	 */
	private static final int WIDEST_PERMIT = 8;

	private final WebClient web;

	private final OdooRequestBudget budget;

	private final OdooRequestMetrics metrics;

	private final OdooFailures failures;

	private final Duration requestTimeout;

	OdooHttp(WebClient web, OdooRequestBudget budget, OdooRequestMetrics metrics, OdooFailures failures,
			Duration requestTimeout) {
		this.web = web;
		this.budget = budget;
		this.metrics = metrics;
		this.failures = failures;
		this.requestTimeout = requestTimeout;
	}

	OdooFailures failures() {
		return this.failures;
	}

	/**
	 * Posts a JSON body and decodes the answer.
	 * @param call what the request is about
	 * @param path the path, such as {@code /jsonrpc}
	 * @param headers headers to add
	 * @param body the JSON body
	 * @param decoder turns the answer into the result, or throws an {@link OdooException}
	 * @return the decoded result
	 */
	Mono<JsonNode> post(OdooCall call, String path, Consumer<HttpHeaders> headers, String body,
			Function<OdooResponse, JsonNode> decoder) {
		return post(new Post(call, path, headers, body, decoder), 1);
	}

	/**
	 * Sends on a permit of {@code slots} slots; a permit reached too late at the wire is
	 * given up before anything is written, and the request asks for a permit twice as
	 * wide, which it may reach later in its span.
	 */
	private Mono<JsonNode> post(Post post, int slots) {
		return this.budget.acquire(slots)
			.flatMap((permit) -> exchange(post, permit))
			.onErrorResume(LateForItsSlot.class, (late) -> post(post, Math.min(2 * slots, WIDEST_PERMIT)));
	}

	private Mono<JsonNode> exchange(Post post, Permit permit) {
		long start = System.nanoTime();
		return this.web.post()
			.uri(post.path())
			.headers(post.headers())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(onTime(permit, post.body()))
			.exchangeToMono((response) -> response.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((text) -> new OdooResponse(response.statusCode().value(), response.headers().asHttpHeaders(),
						text)))
			.timeout(this.requestTimeout)
			.onErrorMap(OdooHttp::lateForItsSlot, (failure) -> LateForItsSlot.INSTANCE)
			.onErrorMap((failure) -> !(failure instanceof LateForItsSlot),
					(failure) -> this.failures.transport(post.call(), failure))
			.map(post.decoder())
			.doOnSuccess((result) -> done(post.call(), null, refused(post.call(), result), start))
			.doOnError(OdooException.class, (failure) -> done(post.call(), failure.kind(), false, start))
			.flatMap((result) -> this.budget.recordSuccess().thenReturn(result))
			.onErrorResume(OdooException.class, this::pauseIfRateLimited);
	}

	/**
	 * A rate limit pauses every instance before the failure goes on; a retry's request
	 * then waits for the pause in the budget.
	 */
	private Mono<JsonNode> pauseIfRateLimited(OdooException failure) {
		if (failure.kind() != OdooErrorKind.RATE_LIMITED) {
			return Mono.error(failure);
		}
		return this.budget.pauseAfterRefusal(failure.retryAfter().orElse(null)).then(Mono.error(failure));
	}

	/**
	 * The body, written only if the permit still allows it once the connection is ready:
	 * the inserter runs on the connection's event loop just before the request's head and
	 * body are written, the last moment the budget can decide. The request carries its
	 * slot's start and its write time, so that a proxy in front of Odoo (or the emulator)
	 * can measure the delay to its door.
	 */
	private BodyInserter<String, ReactiveHttpOutputMessage> onTime(Permit permit, String body) {
		BodyInserter<String, ReactiveHttpOutputMessage> json = BodyInserters.fromValue(body);
		return (message, context) -> {
			if (!this.budget.onWire(permit)) {
				return Mono.error(LateForItsSlot.INSTANCE);
			}
			Instant written = Instant.now();
			message.getHeaders().set(SLOT_HEADER, written.minus(permit.lateness(System.nanoTime())).toString());
			message.getHeaders().set(WRITTEN_HEADER, written.toString());
			return json.insert(message, context);
		};
	}

	private static boolean lateForItsSlot(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof LateForItsSlot) {
				return true;
			}
		}
		return false;
	}

	private void done(OdooCall call, @Nullable OdooErrorKind failure, boolean refused, long start) {
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		this.metrics.record(call, failure, refused, took);
		if (logger.isDebugEnabled()) {
			logger.debug("Odoo answered {} in {} ms ({})", call, took.toMillis(),
					OdooRequestMetrics.outcome(failure, refused));
		}
	}

	private static boolean refused(OdooCall call, JsonNode result) {
		// a load refused whole is a successful request whose records Odoo rejected
		return call.method().equals("load") && result.path("ids").isBoolean();
	}

	private record Post(OdooCall call, String path, Consumer<HttpHeaders> headers, String body,
			Function<OdooResponse, JsonNode> decoder) {
	}

	/** A permit given up at the wire: nothing was written. */
	private static final class LateForItsSlot extends RuntimeException {

		static final LateForItsSlot INSTANCE = new LateForItsSlot();

		private LateForItsSlot() {
			super("the request's budget slot had passed when its connection was ready", null, false, false);
		}

	}

}
