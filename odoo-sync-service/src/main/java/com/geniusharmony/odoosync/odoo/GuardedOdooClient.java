package com.geniusharmony.odoosync.odoo;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The client the application injects: the protocol's client behind the circuit breaker,
 * with retries of transient failures (after {@code ODOO_RETRY_BACKOFF}, doubling: 1 s, 2
 * s, 4 s; after a rate limit at once, since the budget's pause makes the request wait).
 * Refusals by Odoo are never retried. The shared budget is spent where each HTTP request
 * is sent, retries and logins included ({@link OdooHttp}).
 */
final class GuardedOdooClient implements OdooClient {

	private static final Logger logger = LoggerFactory.getLogger(GuardedOdooClient.class);

	private final OdooClient odoo;

	private final OdooCircuit circuit;

	private final Retry retry;

	GuardedOdooClient(OdooClient odoo, OdooCircuit circuit, OdooProperties properties) {
		this.odoo = odoo;
		this.circuit = circuit;
		this.retry = Retry.of("odoo", retryConfig(properties));
	}

	/**
	 * Retries transient failures only: after the backoff, doubled at each retry, or,
	 * after a rate limit, at once (the budget's pause makes the request wait).
	 */
	static RetryConfig retryConfig(OdooProperties properties) {
		long backoff = properties.retryBackoff().toMillis();
		return RetryConfig.<Object>custom()
			.maxAttempts(properties.retries() + 1)
			.intervalBiFunction((attempt, outcome) -> rateLimited(outcome) ? 0L : backoff << (attempt - 1))
			.retryOnException((failure) -> failure instanceof OdooException odooFailure && odooFailure.isTransient())
			.build();
	}

	@Override
	public Mono<OdooVersion> version() {
		return guard(OdooCall.common("version"), this.odoo::version);
	}

	@Override
	public Mono<Long> authenticate() {
		return guard(OdooCall.common("login"), this.odoo::authenticate);
	}

	@Override
	public Mono<Void> openSession() {
		return guard(OdooCall.common("login"), this.odoo::openSession);
	}

	@Override
	public Mono<LoadResult> load(String model, List<String> fields, List<List<String>> rows) {
		return guard(new OdooCall(model, "load"), () -> this.odoo.load(model, fields, rows));
	}

	@Override
	public Mono<List<JsonNode>> searchRead(String model, List<?> domain, List<String> fields, boolean includeArchived,
			@Nullable String order, int limit) {
		return guard(new OdooCall(model, "search_read"),
				() -> this.odoo.searchRead(model, domain, fields, includeArchived, order, limit));
	}

	@Override
	public Mono<Void> write(String model, List<Long> ids, Map<String, Object> values) {
		return guard(new OdooCall(model, "write"), () -> this.odoo.write(model, ids, values));
	}

	@Override
	public Mono<Void> unlink(String model, List<Long> ids) {
		return guard(new OdooCall(model, "unlink"), () -> this.odoo.unlink(model, ids));
	}

	@Override
	public Mono<Map<String, OdooField>> fieldsGet(String model) {
		return guard(new OdooCall(model, "fields_get"), () -> this.odoo.fieldsGet(model));
	}

	private <T> Mono<T> guard(OdooCall call, Supplier<Mono<T>> request) {
		return Mono.defer(request)
			.transformDeferred(CircuitBreakerOperator.of(this.circuit.breaker()))
			.onErrorResume(OdooException.class, (failure) -> afterFailure(call, failure))
			.transformDeferred(RetryOperator.of(this.retry))
			.onErrorMap(CallNotPermittedException.class,
					(open) -> new OdooException(OdooErrorKind.UNAVAILABLE,
							"Odoo is considered down (circuit open after repeated failures); " + call
									+ " was not sent, the next trial is within " + "ODOO_CIRCUIT_OPEN_DURATION",
							null, open));
	}

	private <T> Mono<T> afterFailure(OdooCall call, OdooException failure) {
		if (failure.kind() == OdooErrorKind.RATE_LIMITED) {
			logger.warn("Odoo refused {} with a rate limit; it is sent again once every instance's pause is over",
					call);
		}
		else if (failure.isTransient()) {
			logger.info("Odoo call {} failed: {}", call, failure.getMessage());
		}
		return Mono.error(failure);
	}

	private static boolean rateLimited(Either<Throwable, Object> outcome) {
		return outcome.isLeft() && outcome.getLeft() instanceof OdooException failure
				&& failure.kind() == OdooErrorKind.RATE_LIMITED;
	}

}
