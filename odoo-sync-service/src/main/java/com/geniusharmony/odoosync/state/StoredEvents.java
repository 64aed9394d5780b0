package com.geniusharmony.odoosync.state;

import java.nio.charset.StandardCharsets;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.json.ReadResult;
import com.geniusharmony.support.kafka.EventRecords;
import io.r2dbc.postgresql.codec.Json;

/**
 * The stored form of an entity's latest event: the bytes of the one serde of the
 * contracts, in a {@code jsonb} column, read back (and upcast) like a consumed record.
 */
final class StoredEvents {

	private static final EventJson JSON = new EventJson();

	private StoredEvents() {
	}

	/**
	 * The stored form as text, for statements that bind many events as one array.
	 */
	static String text(EventEnvelope event) {
		return new String(EventRecords.write(event), StandardCharsets.UTF_8);
	}

	static EventEnvelope read(Json stored) {
		ReadResult result = JSON.read(stored.asArray());
		if (result instanceof ReadResult.Readable readable) {
			return readable.envelope();
		}
		// only events that were read once are stored: this is a bug or a downgrade
		throw new IllegalStateException(
				"A stored event can no longer be read: " + ((ReadResult.Unreadable) result).reason());
	}

}
