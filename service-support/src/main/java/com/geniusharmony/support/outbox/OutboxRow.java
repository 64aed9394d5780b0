package com.geniusharmony.support.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One event waiting in the outbox.
 *
 * @param id the row id, which orders the events of one aggregate
 * @param eventId the event's id, also inside the payload
 * @param topic the {@link com.geniusharmony.events.Topic} constant the event goes to
 * @param aggregateId the Kafka key
 * @param aggregateVersion the aggregate's version the event carries
 * @param payload the exact bytes to publish
 * @param createdAt when the row was written, in the transaction of the change
 */
public record OutboxRow(long id, UUID eventId, String topic, String aggregateId, long aggregateVersion, byte[] payload,
		Instant createdAt) {

}
