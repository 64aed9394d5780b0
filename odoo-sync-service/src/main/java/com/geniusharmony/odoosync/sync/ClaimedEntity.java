package com.geniusharmony.odoosync.sync;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * An entity a batcher claimed: its latest state and what Odoo already has of it.
 *
 * @param kind its kind
 * @param entityId its id
 * @param version the version of the state claimed
 * @param generation the generation claimed; the claim completes as synced only if it is
 * still the row's
 * @param odooId the id of its Odoo record, or {@code null} if Odoo does not have it yet
 * @param deleted whether the entity is gone
 * @param event its latest event
 */
record ClaimedEntity(EntityKind kind, String entityId, long version, long generation, @Nullable Long odooId,
		boolean deleted, EventEnvelope event) {

	/**
	 * The external id of the entity's Odoo record.
	 * @return such as {@code harmony.task_42}
	 */
	String externalId() {
		return ExternalIds.of(this.kind, this.entityId);
	}

}
