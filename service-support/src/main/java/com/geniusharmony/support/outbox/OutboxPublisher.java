package com.geniusharmony.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.geniusharmony.events.Topic;
import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox rows with an idempotent producer (all replicas acknowledge, at most five
 * requests in flight, so retries never reorder a partition) and tells which rows the
 * broker acknowledged.
 */
class OutboxPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);

	private final Producer<String, byte[]> producer;

	private final TopicNames topics;

	OutboxPublisher(Map<String, Object> producerConfig, TopicNames topics) {
		this(new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer()), topics);
	}

	OutboxPublisher(Producer<String, byte[]> producer, TopicNames topics) {
		this.producer = producer;
		this.topics = topics;
	}

	/**
	 * Sends the rows in order and waits for every answer; the producer's delivery timeout
	 * bounds the wait. Only the rows before the first failure count as published, so that
	 * a row that failed is sent again before any later event of the same aggregate: the
	 * outbox stays at-least-once and in order.
	 * @param rows the rows, oldest first
	 * @return the leading rows the broker acknowledged, in order
	 */
	List<OutboxRow> publish(List<OutboxRow> rows) throws InterruptedException {
		List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
		for (OutboxRow row : rows) {
			try {
				String topic = this.topics.of(Topic.valueOf(row.topic()));
				sends.add(this.producer.send(new ProducerRecord<>(topic, row.aggregateId(), row.payload())));
			}
			catch (RuntimeException ex) {
				log.error("Event {} of {} {} cannot be sent, it stays in the outbox: {}", row.eventId(), row.topic(),
						row.aggregateId(), ex.getMessage());
				break;
			}
		}
		List<OutboxRow> acknowledged = new ArrayList<>(sends.size());
		boolean inOrder = true;
		for (int i = 0; i < sends.size(); i++) {
			try {
				sends.get(i).get();
				if (inOrder) {
					acknowledged.add(rows.get(i));
				}
			}
			catch (ExecutionException ex) {
				inOrder = false;
				log.warn("Publishing event {} of {} {} failed, it stays in the outbox: {}", rows.get(i).eventId(),
						rows.get(i).topic(), rows.get(i).aggregateId(), ex.getCause().getMessage());
			}
		}
		return acknowledged;
	}

	@Override
	public void close() {
		// unacknowledged rows stay in the outbox: no need to wait long for them at
		// shutdown
		this.producer.close(Duration.ofSeconds(5));
	}

}
