package com.geniusharmony.odooemulator.stats;

import java.util.Map;
import java.util.SortedMap;

/**
 * The requests an emulator received, as counted when they arrived (faulted ones
 * included).
 *
 * @param total every request
 * @param perSecond requests per wall-clock second (epoch second to count)
 * @param maxPerSecond the most requests in one wall-clock second
 * @param maxInAnySecond the most requests in any sliding window of one second (at
 * millisecond resolution), which is at least {@code maxPerSecond}
 * @param perCall requests per call, keyed {@code model/method} ({@code res.partner/load})
 * or {@code service/method} for calls without a model ({@code common/login},
 * {@code web/session/authenticate})
 */
public record RequestCounts(long total, SortedMap<Long, Long> perSecond, long maxPerSecond, long maxInAnySecond,
		Map<String, Long> perCall) {

	/**
	 * The requests of one call.
	 * @param model the model (or service)
	 * @param method the method
	 * @return the count
	 */
	public long calls(String model, String method) {
		return this.perCall.getOrDefault(model + "/" + method, 0L);
	}

}
