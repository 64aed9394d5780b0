package com.geniusharmony.odooemulator.stats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts requests by the time they arrived: per wall-clock second, in total, per call,
 * and the most in any sliding second. Requests are counted once their body has been read,
 * so they may be counted slightly out of their order of arrival; the sliding count allows
 * for that. Thread-safe.
 */
public final class RequestCounter {

	private static final long WINDOW_MILLIS = 1000;

	/**
	 * Requests per millisecond over the last few seconds, a ring indexed by epoch
	 * millisecond.
	 */
	private static final int RING_MILLIS = 4096;

	/** How late a request may be counted and still be placed in the sliding count. */
	private static final long LATEST_REORDER_MILLIS = RING_MILLIS - 2 * WINDOW_MILLIS;

	/** How many of the latest arrivals are kept for {@link #arrivals()}. */
	private static final int ARRIVALS_KEPT = 100_000;

	private final Clock clock;

	private final TreeMap<Long, Long> perSecond = new TreeMap<>();

	private final Map<String, Long> perCall = new HashMap<>();

	private final int[] perMillisecond = new int[RING_MILLIS];

	private final ArrayDeque<Arrival> arrivals = new ArrayDeque<>();

	private long latest = Long.MIN_VALUE;

	private long total;

	private long maxInAnySecond;

	public RequestCounter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Reads the counter's clock, for a request whose head has just arrived.
	 * @return the instant, as precise as the clock gives it
	 */
	public Instant now() {
		return this.clock.instant();
	}

	/**
	 * Counts one request.
	 * @param arrival the request, with the time its head arrived from {@link #now()}
	 */
	public synchronized void record(Arrival arrival) {
		long arrivedAt = arrival.at().toEpochMilli();
		String call = arrival.call();
		this.total++;
		this.perSecond.merge(Math.floorDiv(arrivedAt, 1000L), 1L, Long::sum);
		this.perCall.merge(call, 1L, Long::sum);
		if (this.arrivals.size() == ARRIVALS_KEPT) {
			this.arrivals.pollFirst();
		}
		this.arrivals.addLast(arrival);
		countInSlidingSeconds(arrivedAt);
	}

	private void countInSlidingSeconds(long arrivedAt) {
		if (this.latest == Long.MIN_VALUE || arrivedAt - this.latest >= RING_MILLIS) {
			Arrays.fill(this.perMillisecond, 0);
			this.latest = arrivedAt;
		}
		else if (arrivedAt > this.latest) {
			for (long millis = this.latest + 1; millis <= arrivedAt; millis++) {
				this.perMillisecond[slot(millis)] = 0;
			}
			this.latest = arrivedAt;
		}
		else if (this.latest - arrivedAt > LATEST_REORDER_MILLIS) {
			return;
		}
		this.perMillisecond[slot(arrivedAt)]++;
		// the windows (end - 1 s, end] that hold this request end from its arrival to
		// one second later; none holds a request after the latest yet
		long inWindow = 0;
		for (long millis = arrivedAt - WINDOW_MILLIS + 1; millis <= arrivedAt; millis++) {
			inWindow += this.perMillisecond[slot(millis)];
		}
		long most = inWindow;
		long lastEnd = Math.min(arrivedAt + WINDOW_MILLIS - 1, this.latest);
		for (long end = arrivedAt + 1; end <= lastEnd; end++) {
			inWindow += this.perMillisecond[slot(end)] - this.perMillisecond[slot(end - WINDOW_MILLIS)];
			most = Math.max(most, inWindow);
		}
		this.maxInAnySecond = Math.max(this.maxInAnySecond, most);
	}

	private static int slot(long epochMillis) {
		return (int) Math.floorMod(epochMillis, (long) RING_MILLIS);
	}

	/**
	 * The counts so far.
	 * @return a snapshot
	 */
	public synchronized RequestCounts snapshot() {
		long maxPerSecond = this.perSecond.values().stream().mapToLong(Long::longValue).max().orElse(0);
		return new RequestCounts(this.total, Collections.unmodifiableSortedMap(new TreeMap<>(this.perSecond)),
				maxPerSecond, this.maxInAnySecond, Map.copyOf(this.perCall));
	}

	/**
	 * The latest arrivals (up to 100,000), oldest first, in the order they were counted.
	 * @return the arrivals
	 */
	public synchronized List<Arrival> arrivals() {
		return List.copyOf(this.arrivals);
	}

	/**
	 * Forgets every count.
	 */
	public synchronized void reset() {
		this.perSecond.clear();
		this.perCall.clear();
		this.arrivals.clear();
		Arrays.fill(this.perMillisecond, 0);
		this.latest = Long.MIN_VALUE;
		this.total = 0;
		this.maxInAnySecond = 0;
	}

}
