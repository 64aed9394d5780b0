package com.geniusharmony.support.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPublisherTests {

	@Test
	void sendsTheStoredBytesKeyedByAggregateToTheSuffixedTopic() throws Exception {
		MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
				new ByteArraySerializer());
		OutboxRow row = row(1, "42", "TASKS");
		List<OutboxRow> published = new OutboxPublisher(producer, new TopicNames("it")).publish(List.of(row));
		assertThat(published).containsExactly(row);
		assertThat(producer.history()).singleElement().satisfies((record) -> {
			assertThat(record.topic()).isEqualTo("harmony.tasks.it");
			assertThat(record.key()).isEqualTo("42");
			assertThat(record.value()).isEqualTo(row.payload());
		});
	}

	@Test
	void reportsOnlyTheRowsTheBrokerAcknowledged() throws Exception {
		MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
				new ByteArraySerializer());
		OutboxPublisher publisher = new OutboxPublisher(producer, new TopicNames(""));
		OutboxRow first = row(1, "1", "USERS");
		OutboxRow second = row(2, "2", "USERS");
		Thread broker = new Thread(() -> {
			while (producer.history().size() < 2) {
				Thread.onSpinWait();
			}
			producer.completeNext();
			producer.errorNext(new RuntimeException("broker gone"));
		});
		broker.start();
		List<OutboxRow> published = publisher.publish(List.of(first, second));
		broker.join();
		assertThat(published).containsExactly(first);
	}

	@Test
	void keepsEverythingAfterAFailedRowSoThatItIsResentInOrder() throws Exception {
		MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
				new ByteArraySerializer());
		OutboxPublisher publisher = new OutboxPublisher(producer, new TopicNames(""));
		OutboxRow first = row(1, "7", "USERS");
		OutboxRow failed = row(2, "7", "USERS");
		OutboxRow later = row(3, "7", "USERS");
		Thread broker = new Thread(() -> {
			while (producer.history().size() < 3) {
				Thread.onSpinWait();
			}
			producer.completeNext();
			producer.errorNext(new RuntimeException("delivery timed out"));
			producer.completeNext();
		});
		broker.start();
		List<OutboxRow> published = publisher.publish(List.of(first, failed, later));
		broker.join();
		assertThat(published).containsExactly(first);
	}

	@Test
	void stopsAtARowThatCannotBeSent() throws Exception {
		MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
				new ByteArraySerializer());
		OutboxPublisher publisher = new OutboxPublisher(producer, new TopicNames(""));
		OutboxRow first = row(1, "7", "USERS");
		OutboxRow unknownTopic = row(2, "8", "NO_SUCH_TOPIC");
		OutboxRow later = row(3, "9", "USERS");
		List<OutboxRow> published = publisher.publish(List.of(first, unknownTopic, later));
		assertThat(published).containsExactly(first);
		assertThat(producer.history()).hasSize(1);
	}

	private static OutboxRow row(long id, String aggregateId, String topic) {
		return new OutboxRow(id, UUID.randomUUID(), topic, aggregateId, 1, ("{\"id\":" + id + "}").getBytes(),
				Instant.now());
	}

}
