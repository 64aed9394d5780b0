package com.geniusharmony.odoosync.batch;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.odoo.OdooException;
import org.jspecify.annotations.Nullable;

/**
 * What one batch did.
 *
 * @param kind the kind of its entities
 * @param claimed how many entities it claimed
 * @param stoppedBy the Odoo failure that stopped it (its entities stay pending), or
 * {@code null}
 */
record BatchReport(EntityKind kind, int claimed, @Nullable OdooException stoppedBy) {

	static BatchReport empty(EntityKind kind) {
		return new BatchReport(kind, 0, null);
	}

}
