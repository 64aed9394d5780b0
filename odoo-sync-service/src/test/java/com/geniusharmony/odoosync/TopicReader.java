package com.geniusharmony.odoosync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads a topic from its beginning with a consumer group of its own, for tests that check
 * what the service published.
 */
public final class TopicReader {

	private TopicReader() {
	}

	/**
	 * Reads the topic until the records read so far satisfy a condition.
	 * @param bootstrapServers the broker
	 * @param topic the topic
	 * @param until the condition on every record read so far
	 * @return the records read
	 */
	public static List<ConsumerRecord<String, byte[]>> readUntil(String bootstrapServers, String topic,
			Predicate<List<ConsumerRecord<String, byte[]>>> until) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.GROUP_ID_CONFIG,
				"test-reader-" + UUID.randomUUID());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(topic));
			List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach(records::add);
				return until.test(records);
			});
			return records;
		}
	}

}
