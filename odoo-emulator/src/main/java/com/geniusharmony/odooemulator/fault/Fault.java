package com.geniusharmony.odooemulator.fault;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A fault to inject into the emulator's answers. Build one with a factory
 * ({@link #latency}, {@link #status}, {@link #tooManyRequests}, {@link #timeout},
 * {@link #dropConnection}, {@link #dropResponse}), then narrow it with
 * {@link #times(int)} (default: until cleared) and {@link #onlyFor(String, String)}.
 *
 * @param kind what happens
 * @param status the HTTP status of a {@link Kind#STATUS} fault
 * @param delay the delay of a {@link Kind#LATENCY} fault
 * @param retryAfter the {@code Retry-After} of a status fault, or null for none
 * @param times how many matching requests it applies to, -1 until cleared
 * @param model the only model it applies to, or null for all requests
 * @param method the only method it applies to, or null for all methods
 */
public record Fault(Kind kind, int status, Duration delay, @Nullable Duration retryAfter, int times,
		@Nullable String model, @Nullable String method) {

	/**
	 * Answers normally, after a delay.
	 * @param delay the delay
	 * @return the fault
	 */
	public static Fault latency(Duration delay) {
		return new Fault(Kind.LATENCY, 0, delay, null, -1, null, null);
	}

	/**
	 * Answers an HTTP status without processing the request, as a proxy in front of Odoo
	 * would (502, 503, 504...).
	 * @param status the status
	 * @return the fault
	 */
	public static Fault status(int status) {
		return new Fault(Kind.STATUS, status, Duration.ZERO, null, -1, null, null);
	}

	/**
	 * Answers 429 Too Many Requests with a {@code Retry-After} header in seconds (none if
	 * null).
	 * @param retryAfter the wait to announce, or null
	 * @return the fault
	 */
	public static Fault tooManyRequests(@Nullable Duration retryAfter) {
		return new Fault(Kind.STATUS, 429, Duration.ZERO, retryAfter, -1, null, null);
	}

	/**
	 * Never answers: the connection stays open until the client gives up.
	 * @return the fault
	 */
	public static Fault timeout() {
		return new Fault(Kind.TIMEOUT, 0, Duration.ZERO, null, -1, null, null);
	}

	/**
	 * Closes the connection without processing the request.
	 * @return the fault
	 */
	public static Fault dropConnection() {
		return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO, null, -1, null, null);
	}

	/**
	 * Processes the request (its changes are kept) and closes the connection instead of
	 * answering: the client cannot know whether its call took effect.
	 * @return the fault
	 */
	public static Fault dropResponse() {
		return new Fault(Kind.DROP_RESPONSE, 0, Duration.ZERO, null, -1, null, null);
	}

	/**
	 * This fault for the next {@code count} matching requests only.
	 * @param count the number of requests
	 * @return the fault
	 */
	public Fault times(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("times must be at least 1");
		}
		return new Fault(this.kind, this.status, this.delay, this.retryAfter, count, this.model, this.method);
	}

	/**
	 * This fault with a {@code Retry-After} header.
	 * @param wait the wait to announce
	 * @return the fault
	 */
	public Fault withRetryAfter(Duration wait) {
		return new Fault(this.kind, this.status, this.delay, wait, this.times, this.model, this.method);
	}

	/**
	 * This fault for calls of one model only, any method.
	 * @param onlyModel the model ({@code res.partner})
	 * @return the fault
	 */
	public Fault onlyFor(String onlyModel) {
		return new Fault(this.kind, this.status, this.delay, this.retryAfter, this.times, onlyModel, null);
	}

	/**
	 * This fault for calls of one model and method only.
	 * @param onlyModel the model ({@code res.partner})
	 * @param onlyMethod the method ({@code load})
	 * @return the fault
	 */
	public Fault onlyFor(String onlyModel, String onlyMethod) {
		return new Fault(this.kind, this.status, this.delay, this.retryAfter, this.times, onlyModel, onlyMethod);
	}

	boolean matches(@Nullable String callModel, String callMethod) {
		return (this.model == null || this.model.equals(callModel))
				&& (this.method == null || this.method.equals(callMethod));
	}

	/**
	 * What a fault does.
	 */
	public enum Kind {

		LATENCY, STATUS, TIMEOUT, DROP_CONNECTION, DROP_RESPONSE

	}

}
