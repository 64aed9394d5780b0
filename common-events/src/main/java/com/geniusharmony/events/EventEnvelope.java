package com.geniusharmony.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: identity, type, schema version, time, aggregate id and
 * version, and the payload. The type and aggregate id always agree with the payload, and
 * the Kafka key is the aggregate id, so that one aggregate's events stay in order on one
 * partition.
 *
 * @param eventId unique id of this event; a resend of the same event keeps it
 * @param type the event type
 * @param schemaVersion the version of the payload's shape; a read envelope holds the
 * current one
 * @param occurredAt when the change happened
 * @param aggregateId the id of the aggregate the event belongs to, also the Kafka key
 * @param aggregateVersion per-aggregate version that only grows; consumers drop events at
 * or below the last version they applied
 * @param payload the full state of the aggregate after the change
 */
public record EventEnvelope(UUID eventId, EventType type, int schemaVersion, Instant occurredAt, String aggregateId,
		long aggregateVersion, EventPayload payload) {

	public EventEnvelope {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(aggregateId, "aggregateId");
		Objects.requireNonNull(payload, "payload");
		if (schemaVersion < 1) {
			throw new IllegalArgumentException("schema version must be 1 or more, was " + schemaVersion);
		}
		if (aggregateVersion < 0) {
			throw new IllegalArgumentException("aggregate version must not be negative, was " + aggregateVersion);
		}
		if (payload.type() != type) {
			throw new IllegalArgumentException(
					"type " + type.wireName() + " does not match the payload, a " + payload.type().wireName());
		}
		if (!payload.aggregateId().equals(aggregateId)) {
			throw new IllegalArgumentException("aggregate id \"" + aggregateId
					+ "\" does not match the payload's aggregate id \"" + payload.aggregateId() + "\"");
		}
	}

	/**
	 * Builds a new event for a payload: a random event id, and the type, its current
	 * schema version and the aggregate id taken from the payload.
	 * @param payload the full state after the change
	 * @param aggregateVersion the aggregate's version after the change (for ticks,
	 * {@link com.geniusharmony.events.tick.Tick#aggregateVersion()})
	 * @param occurredAt when the change happened
	 * @return the envelope, ready to write
	 */
	public static EventEnvelope of(EventPayload payload, long aggregateVersion, Instant occurredAt) {
		EventType type = payload.type();
		return new EventEnvelope(UUID.randomUUID(), type, type.currentVersion(), occurredAt, payload.aggregateId(),
				aggregateVersion, payload);
	}

	/**
	 * The Kafka record key of this event.
	 * @return the aggregate id
	 */
	public String key() {
		return this.aggregateId;
	}

	/**
	 * The topic this event is published on.
	 * @return the topic of the event's type
	 */
	public Topic topic() {
		return this.type.topic();
	}

}
