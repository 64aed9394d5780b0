package com.geniusharmony.odooemulator.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The faults in force. For each request the first matching fault applies (and counts down
 * if limited); the others wait for later requests. Thread-safe.
 */
public final class Faults {

	private final AtomicLong ids = new AtomicLong();

	private final List<Entry> entries = new ArrayList<>();

	/**
	 * Puts a fault in force, after those already in force.
	 * @param fault the fault
	 * @return its id, for {@link #remove(long)}
	 */
	public synchronized long inject(Fault fault) {
		long id = this.ids.incrementAndGet();
		this.entries.add(new Entry(id, fault, fault.times()));
		return id;
	}

	/**
	 * Removes one fault.
	 * @param id the id {@link #inject} gave
	 * @return whether it was in force
	 */
	public synchronized boolean remove(long id) {
		return this.entries.removeIf((entry) -> entry.id == id);
	}

	/**
	 * Removes every fault.
	 */
	public synchronized void clear() {
		this.entries.clear();
	}

	/**
	 * The faults in force, in the order they apply.
	 * @return the faults
	 */
	public synchronized List<ActiveFault> active() {
		return this.entries.stream()
			.map((entry) -> new ActiveFault(entry.id, entry.fault, entry.remaining, entry.applied))
			.toList();
	}

	/**
	 * Takes the fault that applies to a request, if any, counting it down.
	 * @param model the request's model, or null for calls without one
	 * @param method the request's method
	 * @return the fault or null
	 */
	public synchronized @Nullable Fault take(@Nullable String model, String method) {
		Iterator<Entry> iterator = this.entries.iterator();
		while (iterator.hasNext()) {
			Entry entry = iterator.next();
			if (entry.fault.matches(model, method)) {
				entry.applied++;
				if (entry.remaining > 0 && --entry.remaining == 0) {
					iterator.remove();
				}
				return entry.fault;
			}
		}
		return null;
	}

	private static final class Entry {

		final long id;

		final Fault fault;

		int remaining;

		int applied;

		Entry(long id, Fault fault, int remaining) {
			this.id = id;
			this.fault = fault;
			this.remaining = remaining;
		}

	}

}
