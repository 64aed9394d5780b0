package com.geniusharmony.odoosync.drift;

import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * One way Odoo is not as the sync would write core-service's entities.
 *
 * @param type what is wrong
 * @param kind the entity's kind
 * @param id the entity's id
 * @param odooId its Odoo record, or null if Odoo has none
 * @param coreVersion the entity's version in core-service, or null if core-service has no
 * such entity
 * @param field the field that differs (for {@link Type#DIFFERENT} only)
 * @param core the field's value as the sync would write it
 * @param odoo the field's value in Odoo
 */
record Finding(Type type, EntityKind kind, String id, @Nullable Long odooId, @Nullable Long coreVersion,
		@Nullable String field, @Nullable Object core, @Nullable Object odoo) {

	static Finding missing(EntityKind kind, String id, long coreVersion) {
		return new Finding(Type.MISSING_IN_ODOO, kind, id, null, coreVersion, null, null, null);
	}

	static Finding stray(EntityKind kind, String id, long odooId) {
		return new Finding(Type.NOT_IN_CORE, kind, id, odooId, null, null, null, null);
	}

	/**
	 * What is wrong.
	 */
	enum Type {

		/** core-service has the entity, Odoo has no record of it. */
		MISSING_IN_ODOO,

		/**
		 * Odoo has a record of the sync (active, for a task) that core-service does not.
		 */
		NOT_IN_CORE,

		/** Both have it, and a field differs. */
		DIFFERENT

	}

}
