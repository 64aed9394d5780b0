package com.geniusharmony.events.json;

import java.time.Instant;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.json.ReadResult.Readable;
import com.geniusharmony.events.json.ReadResult.Unreadable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON serde of events: writes an envelope in the current version of its type,
 * and reads any version ever written, never throwing on bad input. Instances are
 * immutable and thread-safe.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final PayloadFormats formats;

	/**
	 * Creates the serde of every event type in {@link EventType}.
	 */
	public EventJson() {
		this(PayloadFormats.standard());
	}

	EventJson(PayloadFormats formats) {
		this.formats = formats;
	}

	/**
	 * Writes an event as UTF-8 JSON with snake_case fields.
	 * @param envelope the event, at the current schema version of its type
	 * @return the JSON bytes
	 * @throws IllegalArgumentException if the envelope's schema version is not its type's
	 * current version
	 */
	public byte[] write(EventEnvelope envelope) {
		EventType type = envelope.type();
		int currentVersion = this.formats.currentVersion(type);
		if (envelope.schemaVersion() != currentVersion) {
			throw new IllegalArgumentException(
					type.wireName() + " is written at v" + currentVersion + ", not v" + envelope.schemaVersion());
		}
		ObjectNode root = MAPPER.createObjectNode();
		root.put("event_id", envelope.eventId().toString());
		root.put("type", type.wireName());
		root.put("schema_version", envelope.schemaVersion());
		root.put("occurred_at", envelope.occurredAt().toString());
		root.put("aggregate_id", envelope.aggregateId());
		root.put("aggregate_version", envelope.aggregateVersion());
		this.formats.write(envelope.payload(), root.putObject("data"));
		return MAPPER.writeValueAsBytes(root);
	}

	/**
	 * Reads an event; older schema versions are upcast to the current one, and unknown
	 * fields are ignored.
	 * @param bytes the JSON bytes, or {@code null} for a record without a value
	 * @return the readable event, or the unreadable one with the reason
	 */
	public ReadResult read(byte @Nullable [] bytes) {
		if (bytes == null) {
			return new Unreadable("event has no value", null, null, new byte[0]);
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(bytes);
		}
		catch (JacksonException ex) {
			return new Unreadable("malformed JSON: " + describe(ex), null, null, bytes);
		}
		if (root.isMissingNode()) {
			return new Unreadable("event is empty", null, null, bytes);
		}
		try {
			return new Readable(readEnvelope(Fields.root(root)));
		}
		catch (InvalidEventException ex) {
			return new Unreadable(ex.getMessage(), knownType(root), knownVersion(root), bytes);
		}
		catch (IllegalArgumentException ex) {
			// a record's invariant, such as an aggregate id that is not the payload's
			return new Unreadable("inconsistent event: " + ex.getMessage(), knownType(root), knownVersion(root), bytes);
		}
	}

	private EventEnvelope readEnvelope(Fields envelope) {
		String typeName = envelope.text("type");
		EventType type = EventType.fromWireName(typeName)
			.orElseThrow(() -> new InvalidEventException("unknown type \"" + typeName + "\""));
		int version = envelope.intNumber("schema_version");
		UUID eventId = envelope.uuid("event_id");
		Instant occurredAt = envelope.instant("occurred_at");
		String aggregateId = envelope.nonEmptyText("aggregate_id");
		long aggregateVersion = envelope.longNumber("aggregate_version");
		EventPayload payload = this.formats.read(type, version, envelope.object("data"));
		return new EventEnvelope(eventId, type, this.formats.currentVersion(type), occurredAt, aggregateId,
				aggregateVersion, payload);
	}

	private static String describe(JacksonException ex) {
		TokenStreamLocation location = ex.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return ex.getOriginalMessage();
		}
		return ex.getOriginalMessage() + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
	}

	private static @Nullable String knownType(JsonNode root) {
		JsonNode type = root.get("type");
		return (type != null && type.isString()) ? type.stringValue() : null;
	}

	private static @Nullable Integer knownVersion(JsonNode root) {
		JsonNode version = root.get("schema_version");
		return (version != null && version.isIntegralNumber() && version.canConvertToInt()) ? version.intValue() : null;
	}

}
