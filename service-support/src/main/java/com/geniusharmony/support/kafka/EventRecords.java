package com.geniusharmony.support.kafka;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.json.ReadResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads consumed records with the one serde of the contracts. A record that cannot be
 * read raises {@link UnreadableEventException}, which the shared error handler parks on
 * the dead-letter topic.
 */
public final class EventRecords {

	private static final EventJson JSON = new EventJson();

	private EventRecords() {
	}

	public static EventEnvelope read(ConsumerRecord<String, byte[]> record) {
		return read(record.value());
	}

	/**
	 * Reads the value of a record as the listener container hands it over.
	 * @param value the value
	 * @return the event
	 * @throws UnreadableEventException if it is not bytes holding an event of a known
	 * contract
	 */
	public static EventEnvelope read(@Nullable Object value) {
		if (!(value instanceof byte[] bytes)) {
			throw new UnreadableEventException("the record's value is not bytes but "
					+ ((value != null) ? value.getClass().getSimpleName() : "null"));
		}
		return read(bytes);
	}

	/**
	 * Reads the value of a record.
	 * @param value the bytes
	 * @return the event
	 * @throws UnreadableEventException if they hold no event of a known contract
	 */
	public static EventEnvelope read(byte[] value) {
		ReadResult result = JSON.read(value);
		if (result instanceof ReadResult.Readable readable) {
			return readable.envelope();
		}
		throw new UnreadableEventException(((ReadResult.Unreadable) result).reason());
	}

	/**
	 * The bytes to publish for an event: what the outbox stores and the producer sends.
	 */
	public static byte[] write(EventEnvelope envelope) {
		return JSON.write(envelope);
	}

}
