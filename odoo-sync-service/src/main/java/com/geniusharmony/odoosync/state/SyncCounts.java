package com.geniusharmony.odoosync.state;

import java.time.Duration;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;

/**
 * How many entities of each kind stand in each status, and the lag.
 *
 * @param byKind the count per kind and status; a missing entry is zero
 * @param lag the age of the oldest change not yet in Odoo, zero if there is none
 */
public record SyncCounts(Map<EntityKind, Map<SyncStatus, Long>> byKind, Duration lag) {

	public SyncCounts {
		byKind = Map.copyOf(byKind);
	}

	/**
	 * The number of entities of a kind in a status.
	 * @param kind the kind
	 * @param status the status
	 * @return the count, zero if none
	 */
	public long count(EntityKind kind, SyncStatus status) {
		return this.byKind.getOrDefault(kind, Map.of()).getOrDefault(status, 0L);
	}

}
