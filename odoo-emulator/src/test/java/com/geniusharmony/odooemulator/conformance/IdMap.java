package com.geniusharmony.odooemulator.conformance;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which emulator id stands for which recorded id, per model. The mapping must stay
 * one-to-one: a recorded id met again must come back as the same emulator id, and two
 * recorded ids cannot share one.
 */
final class IdMap {

	private final Map<String, Map<Long, Long>> recordedToActual = new HashMap<>();

	private final Map<String, Map<Long, Long>> actualToRecorded = new HashMap<>();

	/**
	 * Binds a recorded id to the id the emulator gave, or checks an earlier binding.
	 * @return whether the pair is consistent with what was seen before
	 */
	boolean bind(String model, long recorded, long actual) {
		Map<Long, Long> forward = this.recordedToActual.computeIfAbsent(model, (key) -> new HashMap<>());
		Map<Long, Long> backward = this.actualToRecorded.computeIfAbsent(model, (key) -> new HashMap<>());
		Long known = forward.get(recorded);
		Long knownRecorded = backward.get(actual);
		if (known != null || knownRecorded != null) {
			return known != null && known == actual && knownRecorded != null && knownRecorded == recorded;
		}
		forward.put(recorded, actual);
		backward.put(actual, recorded);
		return true;
	}

	/**
	 * The emulator id of a recorded id, or null if none was seen yet.
	 */
	@Nullable Long actual(String model, long recorded) {
		Map<Long, Long> forward = this.recordedToActual.get(model);
		return (forward != null) ? forward.get(recorded) : null;
	}

}
