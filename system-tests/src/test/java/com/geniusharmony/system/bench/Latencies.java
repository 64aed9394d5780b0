package com.geniusharmony.system.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Durations collected from several threads, summarized as the report gives them.
 */
final class Latencies {

	private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

	void add(long durationNanos) {
		this.nanos.add(durationNanos);
	}

	int count() {
		return this.nanos.size();
	}

	/**
	 * One row's cells: count, p50, p99 and max, in milliseconds.
	 * @return {@code | n | p50 | p99 | max |}
	 */
	String cells() {
		long[] sorted = sorted(this.nanos);
		if (sorted.length == 0) {
			return "| 0 | – | – | – |";
		}
		return String.format(Locale.ROOT, "| %,d | %,.0f | %,.0f | %,.0f |", sorted.length, millis(sorted, 0.5),
				millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
	}

	double p99Millis() {
		long[] sorted = sorted(this.nanos);
		return (sorted.length == 0) ? Double.NaN : millis(sorted, 0.99);
	}

	double p50Millis() {
		long[] sorted = sorted(this.nanos);
		return (sorted.length == 0) ? Double.NaN : millis(sorted, 0.5);
	}

	private static long[] sorted(Collection<Long> values) {
		return values.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private static double millis(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(quantile * sorted.length) - 1));
		return sorted[index] / 1e6;
	}

}
