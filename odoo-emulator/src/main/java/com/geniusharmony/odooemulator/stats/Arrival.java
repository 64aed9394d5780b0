package com.geniusharmony.odooemulator.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One request as the emulator received it, with the times its sender wrote on it, if any.
 *
 * @param at when its head arrived
 * @param call the call, {@code model/method} or {@code service/method}
 * @param slot the start of the budget slot the sender spent on it
 * ({@code X-Harmony-Budget-Slot}), or {@code null}
 * @param written when the sender wrote it to the connection
 * ({@code X-Harmony-Written-At}), or {@code null}
 */
public record Arrival(Instant at, String call, @Nullable Instant slot, @Nullable Instant written) {

	/** The header naming the start of the sender's budget slot, an ISO-8601 instant. */
	public static final String SLOT_HEADER = "X-Harmony-Budget-Slot";

	/** The header naming when the sender wrote the request, an ISO-8601 instant. */
	public static final String WRITTEN_HEADER = "X-Harmony-Written-At";

	/**
	 * A request that carried no sender's times.
	 * @param at when its head arrived
	 * @param call the call
	 */
	public Arrival(Instant at, String call) {
		this(at, call, null, null);
	}

	/**
	 * How long the request took from its sender's write to its arrival here.
	 * @return the delay, if the sender said when it wrote it
	 */
	public Optional<Duration> fromWrite() {
		return (this.written != null) ? Optional.of(Duration.between(this.written, this.at)) : Optional.empty();
	}

	/**
	 * How long the request took from the start of its budget slot to its arrival here.
	 * @return the delay, if the sender named its slot
	 */
	public Optional<Duration> fromSlot() {
		return (this.slot != null) ? Optional.of(Duration.between(this.slot, this.at)) : Optional.empty();
	}

}
