package com.geniusharmony.odoosync.pull;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A record the poller found changed in Odoo, as operators see it.
 *
 * @param kind the entity's kind
 * @param entityId the entity's id
 * @param odooModel the Odoo model
 * @param odooId the record's id
 * @param odooWriteDate when Odoo says the record was written
 * @param detectedAt when the poller found the change
 * @param changes the fields handed to core-service: {@code {"field", "from", "to"}}, and
 * for assignees {@code {"field": "assignee_ids", "added", "removed"}}
 * @param conflicts fields changed on both sides: {@code {"field", "platform", "odoo",
 * "winner", "lost"}}
 * @param warnings Odoo values that could not be mapped, and what was done instead
 */
public record OdooChangeNote(String kind, String entityId, String odooModel, long odooId, Instant odooWriteDate,
		Instant detectedAt, JsonNode changes, JsonNode conflicts, List<String> warnings) {

	public OdooChangeNote {
		warnings = List.copyOf(warnings);
	}

}
