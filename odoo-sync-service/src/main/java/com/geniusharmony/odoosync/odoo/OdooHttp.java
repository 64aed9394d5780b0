package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends one HTTP request to Odoo: takes a permit from the shared budget first (one per
 * request, whatever the call), bounds the wait for the answer, decodes it, and counts and
 * times it. Every failure comes out as an {@link OdooException}.
 */
final class OdooHttp {

	private static final Logger logger = LoggerFactory.getLogger(OdooHttp.class);

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
		return this.budget.acquire().then(Mono.defer(() -> {
			long start = System.nanoTime();
			return this.web.post()
				.uri(path)
				.headers(headers)
				.contentType(MediaType.APPLICATION_JSON)
				.accept(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchangeToMono((response) -> response.bodyToMono(String.class)
					.defaultIfEmpty("")
					.map((text) -> new OdooResponse(response.statusCode().value(), response.headers().asHttpHeaders(),
							text)))
				.timeout(this.requestTimeout)
				.onErrorMap((failure) -> this.failures.transport(call, failure))
				.map(decoder)
				.doOnSuccess((result) -> done(call, null, refused(call, result), start))
				.doOnError(OdooException.class, (failure) -> done(call, failure.kind(), false, start));
		}));
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

}
