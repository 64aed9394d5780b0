package com.geniusharmony.events.json;

import java.util.Map;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.EventType;
import tools.jackson.databind.node.ObjectNode;

/**
 * The format of one event type's {@code data}: the current version's writer and reader,
 * and an upcaster from each older version to the next.
 */
record PayloadFormat<P extends EventPayload>(EventType type, int currentVersion, Class<P> payloadClass,
		PayloadFormats.Writer<P> writer, PayloadFormats.Reader<P> reader,
		Map<Integer, PayloadFormats.Upcaster> upcasters) {

	PayloadFormat {
		upcasters = Map.copyOf(upcasters);
	}

	PayloadFormat<P> withUpcasters(Map<Integer, PayloadFormats.Upcaster> upcasters) {
		return new PayloadFormat<>(this.type, this.currentVersion, this.payloadClass, this.writer, this.reader,
				upcasters);
	}

	void write(EventPayload payload, ObjectNode data) {
		this.writer.write(this.payloadClass.cast(payload), data);
	}

	EventPayload read(int version, Fields data) {
		if (version < 1 || version > this.currentVersion) {
			throw new InvalidEventException("unknown schema version " + version + " of " + this.type.wireName()
					+ " (readable: " + readableVersions() + ")");
		}
		Fields current = data;
		for (int from = version; from < this.currentVersion; from++) {
			current = Fields.of(this.upcasters.get(from).upcast(current), data.path());
		}
		return this.reader.read(current);
	}

	private String readableVersions() {
		return (this.currentVersion == 1) ? "v1" : "v1 to v" + this.currentVersion;
	}

}
