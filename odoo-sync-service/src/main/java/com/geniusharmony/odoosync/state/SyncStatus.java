package com.geniusharmony.odoosync.state;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an entity stands with Odoo: {@code pending} until Odoo has its latest state,
 * {@code synced} once it does, {@code failed} after Odoo refused it (retried with growing
 * back-off), {@code parked} once the retries are spent (waits for an operator).
 */
public enum SyncStatus {

	PENDING, SYNCED, FAILED, PARKED;

	/**
	 * The status as the store, the API and the metrics write it.
	 * @return the lower-case name
	 */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Finds a status by its wire name.
	 * @param wireName such as {@code failed}
	 * @return the status, or empty if none has this name
	 */
	public static Optional<SyncStatus> fromWireName(String wireName) {
		return Arrays.stream(values()).filter((status) -> status.wireName().equals(wireName)).findFirst();
	}

}
