package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * Counts and times every HTTP request sent to Odoo:
 * {@code harmony.odoo.requests{model,method,outcome}} and
 * {@code harmony.odoo.request.duration{model,method}}.
 */
final class OdooRequestMetrics {

	private final MeterRegistry meters;

	/**
	 * The writes of the sync, whose series exist from start-up so that rates and alerts
	 * see a zero.
	 */
	private static final List<String> WRITTEN_MODELS = List.of("res.partner", "project.project", "project.task");

	private static final List<String> OUTCOMES = List.of("ok", "rejected", "rate_limited", "unavailable", "error");

	OdooRequestMetrics(MeterRegistry meters) {
		this.meters = meters;
		for (String model : WRITTEN_MODELS) {
			OUTCOMES.forEach((outcome) -> requests(model, "load", outcome));
			duration(model, "load");
		}
	}

	void record(OdooCall call, @Nullable OdooErrorKind failure, boolean refused, Duration duration) {
		requests(call.model(), call.method(), outcome(failure, refused)).increment();
		duration(call.model(), call.method()).record(duration);
	}

	private Counter requests(String model, String method, String outcome) {
		return Counter.builder("harmony.odoo.requests")
			.description("Requests sent to Odoo, by model, method and outcome")
			.tag("model", model)
			.tag("method", method)
			.tag("outcome", outcome)
			.register(this.meters);
	}

	private Timer duration(String model, String method) {
		return Timer.builder("harmony.odoo.request.duration")
			.description("Time Odoo took to answer a request")
			.tag("model", model)
			.tag("method", method)
			.publishPercentileHistogram()
			.register(this.meters);
	}

	/**
	 * The outcome tag: {@code ok}, {@code rejected} (Odoo refused the records or the
	 * call), {@code rate_limited}, {@code unavailable} or {@code error}.
	 */
	static String outcome(@Nullable OdooErrorKind failure, boolean refused) {
		if (failure == null) {
			return refused ? "rejected" : "ok";
		}
		return switch (failure) {
			case RATE_LIMITED, UNAVAILABLE -> failure.name().toLowerCase(Locale.ROOT);
			case PROTOCOL, SERVER_ERROR, NOT_CONFIGURED -> "error";
			default -> "rejected";
		};
	}

}
