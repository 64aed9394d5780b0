package com.geniusharmony.core.odoolink;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import reactor.core.publisher.Mono;

/**
 * Applies the changes made in Odoo to one kind of entity, through the feature's normal
 * write path (its new version and its events in the outbox). Each feature provides one;
 * {@link OdooChanges} runs it in the transaction that also records the change's version.
 */
public interface OdooChangeApplier {

	/**
	 * The kind of entity this applies changes to.
	 * @return the kind
	 */
	EntityKind kind();

	/**
	 * Applies a change to an entity, in the caller's transaction: each field only as
	 * {@code fields} accepts it, the others recorded there as skipped.
	 * @param entityId the entity's id
	 * @param change the change made in Odoo
	 * @param fields reads the change's fields against the entity's current values
	 * @return whether the entity changed (got a new version and events); empty when there
	 * is no such entity
	 */
	Mono<Boolean> apply(long entityId, OdooRecordChanged change, ChangedFields fields);

}
