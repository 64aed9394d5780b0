package com.geniusharmony.odooemulator.stats;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts requests as they arrive: per wall-clock second, in total, per call, and the most
 * in any sliding second. Thread-safe.
 */
public final class RequestCounter {

	private final Clock clock;

	private final TreeMap<Long, Long> perSecond = new TreeMap<>();

	private final Map<String, Long> perCall = new HashMap<>();

	private final ArrayDeque<Long> lastSecond = new ArrayDeque<>();

	private long total;

	private long maxInAnySecond;

	public RequestCounter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Counts one request.
	 * @param call the call, {@code model/method} or {@code service/method}
	 */
	public synchronized void record(String call) {
		long now = this.clock.millis();
		this.total++;
		this.perSecond.merge(Math.floorDiv(now, 1000L), 1L, Long::sum);
		this.perCall.merge(call, 1L, Long::sum);
		while (!this.lastSecond.isEmpty() && this.lastSecond.peekFirst() <= now - 1000) {
			this.lastSecond.pollFirst();
		}
		this.lastSecond.addLast(now);
		this.maxInAnySecond = Math.max(this.maxInAnySecond, this.lastSecond.size());
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
	 * Forgets every count.
	 */
	public synchronized void reset() {
		this.perSecond.clear();
		this.perCall.clear();
		this.lastSecond.clear();
		this.total = 0;
		this.maxInAnySecond = 0;
	}

}
