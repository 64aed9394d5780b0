package com.geniusharmony.odooemulator.stats;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long requests took to reach the emulator, from the times their sender wrote on
 * them: from the start of their budget slot, and from their write to the connection.
 * Requests without those times are left out.
 *
 * @param requests how many requests carried the times
 * @param fromSlot the delays from the slot's start
 * @param fromWrite the delays from the write
 */
public record ArrivalDelays(int requests, Distribution fromSlot, Distribution fromWrite) {

	/**
	 * Summarises arrivals.
	 * @param arrivals the arrivals, such as {@code OdooEmulator.requestArrivals()}
	 * @return the delays
	 */
	public static ArrivalDelays of(List<Arrival> arrivals) {
		List<Arrival> stamped = arrivals.stream()
			.filter((arrival) -> arrival.slot() != null && arrival.written() != null)
			.toList();
		return new ArrivalDelays(stamped.size(), Distribution.of(stamped, Arrival::fromSlot),
				Distribution.of(stamped, Arrival::fromWrite));
	}

	@Override
	public String toString() {
		return this.requests + " requests; from slot to arrival " + this.fromSlot + "; from write to arrival "
				+ this.fromWrite;
	}

	/**
	 * A distribution of delays.
	 *
	 * @param p50 the median
	 * @param p99 the 99th percentile
	 * @param p999 the 99.9th percentile
	 * @param max the longest
	 */
	public record Distribution(Duration p50, Duration p99, Duration p999, Duration max) {

		static Distribution of(List<Arrival> arrivals, Function<Arrival, Optional<Duration>> delay) {
			List<Duration> sorted = arrivals.stream()
				.flatMap((arrival) -> delay.apply(arrival).stream())
				.sorted()
				.toList();
			if (sorted.isEmpty()) {
				return new Distribution(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
			}
			return new Distribution(quantile(sorted, 0.5), quantile(sorted, 0.99), quantile(sorted, 0.999),
					sorted.get(sorted.size() - 1));
		}

		private static Duration quantile(List<Duration> sorted, double q) {
			int index = (int) Math.ceil(q * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
		}

		@Override
		public String toString() {
			return "p50 " + millis(this.p50) + ", p99 " + millis(this.p99) + ", p99.9 " + millis(this.p999) + ", max "
					+ millis(this.max);
		}

		private static String millis(Duration duration) {
			return String.format(java.util.Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
		}

	}

}
