package com.geniusharmony.events.odoolink;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.EventType;

/**
 * A person changed an entity's Odoo record ({@code odoo.record_changed}), and the change
 * is for the platform to apply. The aggregate is the link ({@code task:42}), and the
 * envelope's aggregate version follows the link's, so that a change is ordered with the
 * entity's links.
 * <p>
 * The fields that can change are, for a task, {@code title}, {@code description},
 * {@code status} and {@code deadline}, with the assignees added and removed; for a
 * project, {@code name} and {@code archived}; for a user, {@code first_name},
 * {@code last_name} and {@code email}.
 *
 * @param entityKind the kind of entity whose record changed
 * @param entityId the entity's id in Genius Harmony
 * @param odooModel the Odoo model of the record
 * @param odooId the id of the Odoo record
 * @param basedOnVersion the entity's aggregate version the change was compared with
 * @param odooWriteDate when Odoo says the record was last written
 * @param changes the fields to change, each only while the platform still has its
 * {@code from} value
 * @param assigneesAdded users to assign to the task (platform ids), empty for other kinds
 * @param assigneesRemoved users to unassign from the task, empty for other kinds
 */
public record OdooRecordChanged(EntityKind entityKind, String entityId, String odooModel, long odooId,
		long basedOnVersion, Instant odooWriteDate, List<FieldChange> changes, List<String> assigneesAdded,
		List<String> assigneesRemoved) implements EventPayload {

	public OdooRecordChanged {
		Objects.requireNonNull(entityKind, "entityKind");
		Objects.requireNonNull(entityId, "entityId");
		Objects.requireNonNull(odooModel, "odooModel");
		Objects.requireNonNull(odooWriteDate, "odooWriteDate");
		changes = List.copyOf(changes);
		assigneesAdded = List.copyOf(assigneesAdded);
		assigneesRemoved = List.copyOf(assigneesRemoved);
	}

	@Override
	public EventType type() {
		return EventType.ODOO_RECORD_CHANGED;
	}

	@Override
	public String aggregateId() {
		return this.entityKind.wireName() + ":" + this.entityId;
	}

}
