package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
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

	OdooRequestMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	void record(OdooCall call, @Nullable OdooErrorKind failure, boolean refused, Duration duration) {
		Counter.builder("harmony.odoo.requests")
			.description("Requests sent to Odoo, by model, method and outcome")
			.tag("model", call.model())
			.tag("method", call.method())
			.tag("outcome", outcome(failure, refused))
			.register(this.meters)
			.increment();
		Timer.builder("harmony.odoo.request.duration")
			.description("Time Odoo took to answer a request")
			.tag("model", call.model())
			.tag("method", call.method())
			.publishPercentileHistogram()
			.register(this.meters)
			.record(duration);
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
