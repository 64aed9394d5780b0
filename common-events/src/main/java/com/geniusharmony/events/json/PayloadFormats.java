package com.geniusharmony.events.json;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.EventType;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the {@code data} of each event type is written and read: one reader and writer for
 * the current schema version, and one upcaster per older version that turns its data into
 * the next version's. Reading an old version runs the upcasters in turn and then the
 * current reader, so every version ever written stays readable.
 */
final class PayloadFormats {

	private final Map<EventType, PayloadFormat<?>> formats;

	private PayloadFormats(Map<EventType, PayloadFormat<?>> formats) {
		this.formats = formats;
	}

	/**
	 * The formats of every production event type, each at its type's current version.
	 */
	static PayloadFormats standard() {
		Builder builder = new Builder();
		UserFormats.register(builder);
		ProjectFormats.register(builder);
		TaskFormats.register(builder);
		TickFormats.register(builder);
		OdooLinkFormats.register(builder);
		PayloadFormats standard = builder.build();
		for (EventType type : EventType.values()) {
			PayloadFormat<?> format = standard.formats.get(type);
			if (format == null || format.currentVersion() != type.currentVersion()) {
				throw new IllegalStateException(type.wireName() + " must be registered at its current version v"
						+ type.currentVersion() + " (see docs/events.md)");
			}
		}
		return standard;
	}

	int currentVersion(EventType type) {
		return format(type).currentVersion();
	}

	void write(EventPayload payload, ObjectNode data) {
		format(payload.type()).write(payload, data);
	}

	EventPayload read(EventType type, int version, Fields data) {
		PayloadFormat<?> format = this.formats.get(type);
		if (format == null) {
			throw new InvalidEventException("no reader for type " + type.wireName());
		}
		return format.read(version, data);
	}

	private PayloadFormat<?> format(EventType type) {
		PayloadFormat<?> format = this.formats.get(type);
		if (format == null) {
			throw new IllegalArgumentException("no writer for type " + type.wireName());
		}
		return format;
	}

	/**
	 * Writes a payload record as the current version's {@code data}.
	 */
	@FunctionalInterface
	interface Writer<P extends EventPayload> {

		void write(P payload, ObjectNode data);

	}

	/**
	 * Reads the current version's {@code data} into the payload record.
	 */
	@FunctionalInterface
	interface Reader<P extends EventPayload> {

		P read(Fields data);

	}

	/**
	 * Turns the {@code data} of one version into the {@code data} of the next, reporting
	 * missing or malformed fields of the older version by throwing through
	 * {@link Fields}.
	 */
	@FunctionalInterface
	interface Upcaster {

		ObjectNode upcast(Fields data);

	}

	/**
	 * Collects formats and upcasters, and checks that every older version of a type has
	 * its upcaster.
	 */
	static final class Builder {

		private final Map<EventType, PayloadFormat<?>> formats = new EnumMap<>(EventType.class);

		private final Map<EventType, Map<Integer, Upcaster>> upcasters = new EnumMap<>(EventType.class);

		<P extends EventPayload> Builder current(EventType type, int version, Class<P> payloadClass, Writer<P> writer,
				Reader<P> reader) {
			if (version < 1) {
				throw new IllegalArgumentException(type.wireName() + " versions start at 1, not " + version);
			}
			if (payloadClass != type.payloadType()) {
				throw new IllegalArgumentException(type.wireName() + " payloads are " + type.payloadType().getName());
			}
			PayloadFormat<P> format = new PayloadFormat<>(type, version, payloadClass, writer, reader, Map.of());
			if (this.formats.putIfAbsent(type, format) != null) {
				throw new IllegalArgumentException(type.wireName() + " already has a current format");
			}
			return this;
		}

		Builder upcaster(EventType type, int fromVersion, Upcaster upcaster) {
			Map<Integer, Upcaster> upcastersOfType = this.upcasters.computeIfAbsent(type, (key) -> new HashMap<>());
			if (upcastersOfType.putIfAbsent(fromVersion, upcaster) != null) {
				throw new IllegalArgumentException(type.wireName() + " v" + fromVersion + " already has an upcaster");
			}
			return this;
		}

		PayloadFormats build() {
			for (EventType type : this.upcasters.keySet()) {
				if (!this.formats.containsKey(type)) {
					throw new IllegalStateException(type.wireName() + " has upcasters but no current format");
				}
			}
			Map<EventType, PayloadFormat<?>> built = new EnumMap<>(EventType.class);
			this.formats.forEach((type, format) -> {
				Map<Integer, Upcaster> upcasters = this.upcasters.getOrDefault(type, Map.of());
				checkUpcasters(type, format.currentVersion(), upcasters);
				built.put(type, format.withUpcasters(upcasters));
			});
			return new PayloadFormats(built);
		}

		private static void checkUpcasters(EventType type, int currentVersion, Map<Integer, Upcaster> upcasters) {
			for (int version = 1; version < currentVersion; version++) {
				if (!upcasters.containsKey(version)) {
					throw new IllegalStateException(type.wireName() + " v" + version + " has no upcaster to v"
							+ (version + 1) + ", so it would no longer be readable");
				}
			}
			for (int version : upcasters.keySet()) {
				if (version < 1 || version >= currentVersion) {
					throw new IllegalStateException(type.wireName() + " has an upcaster from v" + version
							+ " but its current version is v" + currentVersion);
				}
			}
		}

	}

}
