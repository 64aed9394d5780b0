package com.geniusharmony.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.json.ReadResult;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads what reached a topic, from its beginning, as a consumer would.
 */
public final class TestEvents {

	private static final EventJson JSON = new EventJson();

	private TestEvents() {
	}

	/**
	 * The records of one key on a topic, in partition order, once there are at least
	 * {@code count} of them.
	 */
	public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrapServers, String topic, String key,
			int count, Duration timeout) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			await().atMost(timeout).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(record.key())) {
						records.add(record);
					}
				}
				return records.size() >= count;
			});
		}
		return records;
	}

	/**
	 * Every record of one key on a topic, reading up to the end each partition has now.
	 */
	public static List<ConsumerRecord<String, byte[]>> allRecords(String bootstrapServers, String topic, String key) {
		List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (key.equals(record.key())) {
						records.add(record);
					}
				}
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
			});
		}
		return records;
	}

	public static List<EventEnvelope> awaitEvents(String bootstrapServers, String topic, String key, int count) {
		return awaitRecords(bootstrapServers, topic, key, count, Duration.ofSeconds(30)).stream()
			.map((record) -> read(record.value()))
			.toList();
	}

	public static EventEnvelope read(byte[] bytes) {
		ReadResult result = JSON.read(bytes);
		if (result instanceof ReadResult.Readable readable) {
			return readable.envelope();
		}
		throw new AssertionError("unreadable event: " + result);
	}

	public static List<UUID> eventIds(List<EventEnvelope> events) {
		return events.stream().map(EventEnvelope::eventId).toList();
	}

	public static Predicate<EventEnvelope> ofType(String wireName) {
		return (event) -> event.type().wireName().equals(wireName);
	}

	private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
		return new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
						ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer());
	}

}
