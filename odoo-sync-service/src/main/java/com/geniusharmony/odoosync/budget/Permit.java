package com.geniusharmony.odoosync.budget;

import java.time.Duration;

/**
 * Leave to send one request to Odoo: the slot the budget reserved for it, and the latest
 * moment the request may still be written on it. A request written later would share a
 * second with the next slots, so the budget refuses it at the wire
 * ({@link OdooRequestBudget#onWire(Permit)}) and the sender takes a wider permit.
 *
 * @param slotNanos when the slot begins, on {@link System#nanoTime()}'s scale
 * @param grantedNanos when the permit was handed to the sender, on the same scale
 * @param latestWriteNanos the latest moment, on the same scale, the request may be
 * written
 * @param slots how many consecutive slots the permit holds (1, more after late ones)
 * @param mode {@code shared} (the bucket in Redis) or {@code local} (this instance's
 * share)
 */
public record Permit(long slotNanos, long grantedNanos, long latestWriteNanos, int slots, String mode) {

	/**
	 * How late a write at this moment is, counted from the start of the slot.
	 * @param nanoNow the moment, on {@link System#nanoTime()}'s scale
	 * @return the lateness, never negative
	 */
	public Duration lateness(long nanoNow) {
		return Duration.ofNanos(Math.max(0, nanoNow - this.slotNanos));
	}

	boolean allowsWriteAt(long nanoNow) {
		return nanoNow - this.latestWriteNanos <= 0;
	}

}
