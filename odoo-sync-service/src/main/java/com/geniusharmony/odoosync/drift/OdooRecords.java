package com.geniusharmony.odoosync.drift;

import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The Odoo records of one kind that carry the sync's external ids, archived ones
 * included.
 *
 * @param kind the entities' kind
 * @param byEntity each record (as {@code search_read} answers it) by entity id
 * @param entityByOdooId the entity id of each record by its Odoo id
 */
record OdooRecords(EntityKind kind, Map<String, JsonNode> byEntity, Map<Long, String> entityByOdooId) {

	OdooRecords {
		byEntity = Map.copyOf(byEntity);
		entityByOdooId = Map.copyOf(entityByOdooId);
	}

	@Nullable JsonNode record(String entityId) {
		return this.byEntity.get(entityId);
	}

	/**
	 * The entity a record of this model stands for.
	 * @param odooId the record's id
	 * @return the entity id, or null if the record carries no external id of the sync
	 */
	@Nullable String entityOf(long odooId) {
		return this.entityByOdooId.get(odooId);
	}

}
