package com.geniusharmony.system.edge;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Writes records straight to a topic, as a broken or foreign producer would, and reads
 * what the consumers parked on a dead-letter topic.
 */
public final class DeadLetters {

	private final String bootstrapServers;

	public DeadLetters(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	public void write(String topic, String key, String value) {
		Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8)));
			producer.flush();
		}
	}

	/**
	 * Every record on a topic so far: each partition read up to the end it had when
	 * asked.
	 * @param topic the dead-letter topic
	 * @return the parked records, with their reasons
	 */
	List<Parked> read(String topic) {
		Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<Parked> parked = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			await("the end of " + topic).atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> parked.add(Parked.of(record)));
				return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
			});
		}
		return parked;
	}

	/**
	 * One parked record.
	 *
	 * @param key the record's key
	 * @param value the record's value
	 * @param reason why it was parked
	 * @param consumerGroup the group that parked it
	 */
	record Parked(String key, String value, String reason, String consumerGroup) {

		static Parked of(ConsumerRecord<String, byte[]> record) {
			return new Parked(record.key(), new String(record.value(), StandardCharsets.UTF_8),
					header(record, "kafka_dlt-exception-message"), header(record, "kafka_dlt-original-consumer-group"));
		}

		private static String header(ConsumerRecord<String, byte[]> record, String name) {
			Header header = record.headers().lastHeader(name);
			return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
		}

	}

}
