package com.geniusharmony.odoosync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Publishes a benchmark's workload to Kafka as core-service's outbox relay does, and
 * counts the entities the sync store has recorded.
 *
 * @param kafka the producer
 * @param topicNames the topics' names
 * @param database the sync store's database
 */
record WorkloadFeed(KafkaTemplate<String, byte[]> kafka, TopicNames topicNames, DatabaseClient database) {

	/**
	 * Publishes the events keyed by aggregate, with the one serde's bytes, all at once.
	 * @param events the events
	 * @return when the broker acknowledged the last one, in {@link System#nanoTime()}
	 */
	long publish(List<EventEnvelope> events) throws Exception {
		List<CompletableFuture<?>> sent = new ArrayList<>(events.size());
		for (EventEnvelope event : events) {
			sent.add(this.kafka.send(this.topicNames.of(event.topic()), event.key(), EventRecords.write(event)));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
		return System.nanoTime();
	}

	/** How many users, projects and tasks the sync store holds (rows of sync_entity). */
	long stored() {
		Long count = this.database.sql("select count(*) from sync_entity")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block(Duration.ofSeconds(30));
		return (count != null) ? count : 0;
	}

}
