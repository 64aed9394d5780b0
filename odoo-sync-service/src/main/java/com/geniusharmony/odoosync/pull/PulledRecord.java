package com.geniusharmony.odoosync.pull;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * An Odoo record as the poller read it.
 *
 * @param odooId its id
 * @param writeDate its {@code write_date} (UTC)
 * @param values its synced fields in the form they are compared in, by column of the
 * record's {@code load}
 */
record PulledRecord(long odooId, LocalDateTime writeDate, Map<String, String> values) {

	PulledRecord {
		values = Map.copyOf(values);
	}

}
