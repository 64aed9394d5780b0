package com.geniusharmony.events.odoolink;

import java.util.List;
import java.util.Objects;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.EventType;

/**
 * An entity was synced to an Odoo record ({@code odoo.link_established}). The aggregate
 * is the link, whose id is {@code <kind>:<entity id>} ({@code task:42}); the envelope's
 * aggregate version is the link's own version.
 *
 * @param entityKind the kind of entity that was synced
 * @param entityId the entity's id in Genius Harmony
 * @param odooModel the Odoo model of the record, such as {@code project.task}
 * @param odooId the id of the Odoo record
 * @param syncedVersion the aggregate version of the entity that was written to Odoo
 * @param warnings what did not make it to Odoo as it is in Genius Harmony, such as
 * assignees who are not Odoo users; empty if everything did
 */
public record OdooLinkEstablished(EntityKind entityKind, String entityId, String odooModel, long odooId,
		long syncedVersion, List<String> warnings) implements EventPayload {

	public OdooLinkEstablished {
		Objects.requireNonNull(entityKind, "entityKind");
		Objects.requireNonNull(entityId, "entityId");
		Objects.requireNonNull(odooModel, "odooModel");
		warnings = List.copyOf(warnings);
	}

	@Override
	public EventType type() {
		return EventType.ODOO_LINK_ESTABLISHED;
	}

	@Override
	public String aggregateId() {
		return this.entityKind.wireName() + ":" + this.entityId;
	}

}
