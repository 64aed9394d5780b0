package com.geniusharmony.support.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.support.kafka.EventRecords;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Writes events into the outbox within the caller's transaction, as the exact bytes that
 * will be published, so that a resend after a crash carries the same event id.
 */
public class OutboxWriter {

	private static final String INSERT = """
			insert into outbox (event_id, topic, aggregate_id, aggregate_version, event_type, payload)
			values (:eventId, :topic, :aggregateId, :aggregateVersion, :eventType, :payload)""";

	private final DatabaseClient database;

	public OutboxWriter(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Appends events, in order; they are published in this order after the transaction
	 * commits.
	 * @param events the events of one change
	 * @return completes when the rows are written
	 */
	public Mono<Void> append(List<EventEnvelope> events) {
		return Flux.fromIterable(events).concatMap(this::append).then();
	}

	/**
	 * Appends the events of one change of an aggregate, numbering them from the version
	 * the change was based on: the first gets {@code previousVersion + 1}, the last
	 * {@code previousVersion + payloads.size()}, which is the aggregate's version after
	 * the change.
	 * @param payloads the events, in the order they happened
	 * @param previousVersion the aggregate's version before the change
	 * @param occurredAt when the change happened
	 * @return completes when the rows are written
	 */
	public Mono<Void> append(List<? extends EventPayload> payloads, long previousVersion, Instant occurredAt) {
		List<EventEnvelope> events = new ArrayList<>(payloads.size());
		for (int i = 0; i < payloads.size(); i++) {
			events.add(EventEnvelope.of(payloads.get(i), previousVersion + 1 + i, occurredAt));
		}
		return append(events);
	}

	/**
	 * Appends one event.
	 * @param event the event
	 * @return completes when the row is written
	 */
	public Mono<Void> append(EventEnvelope event) {
		return this.database.sql(INSERT)
			.bind("eventId", event.eventId())
			.bind("topic", event.topic().name())
			.bind("aggregateId", event.key())
			.bind("aggregateVersion", event.aggregateVersion())
			.bind("eventType", event.type().wireName())
			.bind("payload", EventRecords.write(event))
			.then();
	}

}
