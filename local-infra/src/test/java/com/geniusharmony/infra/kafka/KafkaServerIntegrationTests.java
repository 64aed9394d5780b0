package com.geniusharmony.infra.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class KafkaServerIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static Path directory;

	private static EmbeddedKafkaServer broker;

	@BeforeAll
	static void startOwnBroker() {
		directory = Directories.temporaryForThisProcess("harmony-infra-test-");
		broker = EmbeddedKafkaServer.launch(directory, Ports.free(), Ports.free());
	}

	@AfterAll
	static void stopOwnBroker() {
		broker.close();
		Directories.delete(directory);
	}

	@Test
	void carriesRecordsFromProducerToConsumer() throws Exception {
		String bootstrapServers = Infrastructure.shared().kafka().bootstrapServers();
		String topic = "round-trip-" + UUID.randomUUID();
		send(bootstrapServers, topic, "k1", "hello");
		send(bootstrapServers, topic, "k2", "world");
		assertThat(readAll(bootstrapServers, topic, "reader", 2)).containsExactly("k1=hello", "k2=world");
	}

	@Test
	void restartKeepsRecordsCommittedOffsetsAndAddress() throws Exception {
		String bootstrapServers = broker.bootstrapServers();
		String topic = "restart-" + UUID.randomUUID();
		send(bootstrapServers, topic, "a", "before");
		assertThat(readAll(bootstrapServers, topic, "committer", 1)).containsExactly("a=before");
		long pid = broker.pid();
		broker.stop();
		assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(Ports.answers("127.0.0.1", port(bootstrapServers), Duration.ofSeconds(1))).isFalse();
		broker.start();
		assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
		send(bootstrapServers, topic, "b", "after");
		// the group resumes after its committed offset; a new group still sees both
		// records
		assertThat(readAll(bootstrapServers, topic, "committer", 1)).containsExactly("b=after");
		assertThat(readAll(bootstrapServers, topic, "newcomer", 2)).containsExactly("a=before", "b=after");
	}

	@Test
	void killEndsBrokerProcessAndStartRecoversIt() throws Exception {
		String bootstrapServers = broker.bootstrapServers();
		String topic = "kill-" + UUID.randomUUID();
		send(bootstrapServers, topic, "a", "acknowledged");
		ProcessHandle process = ProcessHandle.of(broker.pid()).orElseThrow();
		broker.kill();
		await().atMost(PATIENCE).until(() -> !process.isAlive());
		assertThat(Ports.answers("127.0.0.1", port(bootstrapServers), Duration.ofSeconds(1))).isFalse();
		broker.start();
		assertThat(broker.pid()).isNotEqualTo(process.pid());
		assertThat(readAll(bootstrapServers, topic, "survivor", 1)).containsExactly("a=acknowledged");
	}

	@Test
	void describesClusterOfOneNodeOnLoopback() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).singleElement()
				.satisfies((node) -> assertThat(node.host() + ":" + node.port()).isEqualTo(broker.bootstrapServers()));
		}
	}

	private static int port(String bootstrapServers) {
		return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
	}

	private static void send(String bootstrapServers, String topic, String key, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
			producer.send(new ProducerRecord<>(topic, key, value)).get(60, TimeUnit.SECONDS);
		}
	}

	private static List<String> readAll(String bootstrapServers, String topic, String group, int count) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<String> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
			consumer.subscribe(List.of(topic));
			await().atMost(PATIENCE).until(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					records.add(record.key() + "=" + record.value());
				}
				return records.size() >= count;
			});
			consumer.commitSync();
		}
		return records;
	}

}
