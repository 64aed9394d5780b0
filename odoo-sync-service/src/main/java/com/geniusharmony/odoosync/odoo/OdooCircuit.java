package com.geniusharmony.odoosync.odoo;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The circuit breaker {@code odoo}: opens when too many of the last calls found Odoo
 * unavailable (not when Odoo refused a record, nor on a rate limit), so that calls fail
 * fast while Odoo is down; after {@code ODOO_CIRCUIT_OPEN_DURATION} one trial call
 * decides whether it closes. Its state is the gauge
 * {@code harmony.odoo.circuit.state{state}}. The clock tells a call whether the open
 * duration is over; resilience4j's own timer also moves the state to half-open then.
 */
public final class OdooCircuit {

	private static final Logger logger = LoggerFactory.getLogger(OdooCircuit.class);

	private static final String[] STATES = { "closed", "open", "half_open" };

	private final CircuitBreaker breaker;

	OdooCircuit(OdooProperties properties, MeterRegistry meters, Clock clock) {
		CircuitBreakerConfig config = CircuitBreakerConfig.custom()
			.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(properties.circuitWindow())
			.minimumNumberOfCalls(properties.circuitWindow())
			.failureRateThreshold(properties.circuitFailureRate())
			.waitDurationInOpenState(properties.circuitOpenDuration())
			.automaticTransitionFromOpenToHalfOpenEnabled(true)
			.clock(clock)
			.permittedNumberOfCallsInHalfOpenState(1)
			.recordException(
					(failure) -> failure instanceof OdooException odoo && odoo.kind() == OdooErrorKind.UNAVAILABLE)
			.ignoreException(
					(failure) -> failure instanceof OdooException odoo && odoo.kind() == OdooErrorKind.RATE_LIMITED)
			.build();
		this.breaker = CircuitBreaker.of("odoo", config);
		this.breaker.getEventPublisher()
			.onStateTransition((event) -> logger.warn("The Odoo circuit went from {} to {}",
					name(event.getStateTransition().getFromState()), name(event.getStateTransition().getToState())));
		for (String state : STATES) {
			Gauge.builder("harmony.odoo.circuit.state", () -> state.equals(state()) ? 1 : 0)
				.description("1 for the current state of the Odoo circuit breaker, 0 for the others")
				.tag("state", state)
				.register(meters);
		}
	}

	/**
	 * The current state.
	 * @return {@code closed} (calls go through), {@code open} (calls fail fast) or
	 * {@code half_open} (a trial call decides)
	 */
	public String state() {
		return name(this.breaker.getState());
	}

	CircuitBreaker breaker() {
		return this.breaker;
	}

	private static String name(CircuitBreaker.State state) {
		return switch (state) {
			case OPEN, FORCED_OPEN -> "open";
			case HALF_OPEN -> "half_open";
			default -> "closed";
		};
	}

}
