package com.geniusharmony.odoosync.state;

import java.util.Locale;
import java.util.Map;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
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
 * @param base what Odoo and the platform last agreed on, by column of the record's
 * {@code load}; {@code null} if not known, so that every column is written
 */
public record ClaimedEntity(EntityKind kind, String entityId, long version, long generation, @Nullable Long odooId,
		boolean deleted, EventEnvelope event, @Nullable Map<String, String> base) {

	public ClaimedEntity {
		base = (base != null) ? Map.copyOf(base) : null;
	}

	public ClaimedEntity(EntityKind kind, String entityId, long version, long generation, @Nullable Long odooId,
			boolean deleted, EventEnvelope event) {
		this(kind, entityId, version, generation, odooId, deleted, event, null);
	}

	/**
	 * The entity's latest event, as the kind of event its kind has.
	 * @param <T> that kind of event
	 * @param type {@code UserEvent}, {@code ProjectEvent} or {@code TaskEvent}
	 * @return the event's payload
	 * @throws IllegalStateException if the stored event is of another kind
	 */
	public <T extends EventPayload> T payload(Class<T> type) {
		EventPayload payload = this.event.payload();
		if (!type.isInstance(payload)) {
			throw new IllegalStateException("The event of " + this.kind.name().toLowerCase(Locale.ROOT) + " "
					+ this.entityId + " is a " + payload.type() + ", not a " + type.getSimpleName());
		}
		return type.cast(payload);
	}

}
