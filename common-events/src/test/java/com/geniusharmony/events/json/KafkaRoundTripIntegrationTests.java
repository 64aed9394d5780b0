package com.geniusharmony.events.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventSamples;
import com.geniusharmony.events.EventType;
import com.geniusharmony.events.Topic;
import com.geniusharmony.infra.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every event type travels through a real broker, on its own topic keyed by aggregate id,
 * and comes back equal.
 */
class KafkaRoundTripIntegrationTests {

	private final EventJson json = new EventJson();

	private final String bootstrapServers = Infrastructure.shared().kafka().bootstrapServers();

	private final String suffix = "roundtrip-" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyEventTypeComesBackEqualFromKafka() throws Exception {
		createTopics();
		List<EventEnvelope> sent = Arrays.stream(EventType.values()).map(EventSamples::sample).toList();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map
			.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new ByteArraySerializer())) {
			for (EventEnvelope event : sent) {
				producer
					.send(new ProducerRecord<>(event.topic().name(this.suffix), event.key(), this.json.write(event)))
					.get();
			}
		}
		assertThat(consumeAll(sent.size())).containsExactlyInAnyOrderElementsOf(sent);
	}

	private void createTopics() throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			List<NewTopic> topics = Arrays.stream(Topic.values())
				.map((topic) -> new NewTopic(topic.name(this.suffix), topic.partitions(), (short) 1))
				.toList();
			admin.createTopics(topics).all().get();
		}
	}

	private List<EventEnvelope> consumeAll(int expected) {
		List<EventEnvelope> received = new ArrayList<>();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"roundtrip-" + this.suffix, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(Arrays.stream(Topic.values()).map((topic) -> topic.name(this.suffix)).toList());
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					ReadResult result = this.json.read(record.value());
					assertThat(result).isInstanceOf(ReadResult.Readable.class);
					EventEnvelope event = ((ReadResult.Readable) result).envelope();
					assertThat(record.key()).isEqualTo(event.key());
					assertThat(record.topic()).isEqualTo(event.topic().name(this.suffix));
					received.add(event);
				});
				return received.size() >= expected;
			});
		}
		return received;
	}

}
