package com.geniusharmony.odoosync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.kafka.TopicNames;
import com.geniusharmony.support.testing.LoadAverage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load driver, not a test ({@code ./mvnw -pl odoo-sync-service -Pbench verify
 * -Dtest=IntakeThroughputBenchmark}): how fast the intake records users, projects and
 * tasks from Kafka into the sync store, against a raw consumer reading the same records
 * from the same broker in the same run. The events are published while the intake's
 * listener is stopped; the raw consumer then reads them all in a group of its own, and
 * last the listener is started and timed until its group's committed offsets reach the
 * end of every partition (it commits a poll once its statement is done). The drain is
 * held back (a debounce of ten minutes) so that the intake runs alone. Sizes from
 * {@code bench.intake-*} properties; writes its table to
 * {@code target/benchmark-intake.md}.
 */
@SpringBootTest(properties = { "harmony.sync.debounce=10m", "harmony.sync.pull.enabled=false" })
@RealInfrastructure
class IntakeThroughputBenchmark {

	private static final int USERS = Integer.getInteger("bench.intake-users", 20_000);

	private static final int PROJECTS = Integer.getInteger("bench.intake-projects", 2_000);

	private static final int TASKS = Integer.getInteger("bench.intake-tasks", 100_000);

	private static final Duration BOUND = Duration.ofMinutes(10);

	private static final String LISTENER = "odoo-sync-changes";

	private static final String GROUP = "odoo-sync-service";

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private DatabaseClient database;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void measure() throws Exception {
		MessageListenerContainer intake = this.listeners.getListenerContainer(LISTENER);
		assertThat(intake).isNotNull();
		intake.stop();
		BenchWorkload workload = BenchWorkload.of(USERS, PROJECTS, TASKS);
		List<EventEnvelope> events = workload.events();
		WorkloadFeed feed = new WorkloadFeed(this.kafka, this.topicNames, this.database);
		String loadBefore = LoadAverage.now();
		long publishStarted = System.nanoTime();
		feed.publish(events);
		double publishSeconds = seconds(publishStarted);

		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			Map<TopicPartition, Long> ends = endOffsets(admin);
			long onTopics = ends.values().stream().mapToLong(Long::longValue).sum();

			long rawStarted = System.nanoTime();
			long rawRead = readRaw(onTopics);
			double rawSeconds = seconds(rawStarted);

			long intakeStarted = System.nanoTime();
			intake.start();
			while (!caughtUp(admin, ends)) {
				assertThat(seconds(intakeStarted)).as("seconds to record every event").isLessThan(BOUND.toSeconds());
				Thread.sleep(50);
			}
			double intakeSeconds = seconds(intakeStarted);
			long recorded = feed.stored();
			assertThat(recorded).as("entities recorded").isEqualTo(workload.size());

			String table = table(events.size(), onTopics, publishSeconds, rawRead, rawSeconds, recorded, intakeSeconds,
					loadBefore, LoadAverage.now());
			System.out.println(table);
			Files.writeString(Path.of("target", "benchmark-intake.md"), table);
		}
	}

	private List<String> topics() {
		return List.of(this.topicNames.of(Topic.USERS), this.topicNames.of(Topic.PROJECTS),
				this.topicNames.of(Topic.TASKS));
	}

	private Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		admin.describeTopics(topics())
			.allTopicNames()
			.get(30, TimeUnit.SECONDS)
			.forEach((name, description) -> description.partitions()
				.forEach((partition) -> latest.put(new TopicPartition(name, partition.partition()),
						OffsetSpec.latest())));
		Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets = admin.listOffsets(latest)
			.all()
			.get(30, TimeUnit.SECONDS);
		Map<TopicPartition, Long> ends = new HashMap<>();
		offsets.forEach((partition, info) -> ends.put(partition, info.offset()));
		return ends;
	}

	/**
	 * The anchor: a plain consumer with the service's deserializers and default fetch
	 * settings, in a group of its own, that only counts what it reads.
	 */
	private long readRaw(long expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		long read = 0;
		long deadline = System.nanoTime() + BOUND.toNanos();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(topics());
			while (read < expected && System.nanoTime() < deadline) {
				read += consumer.poll(Duration.ofMillis(200)).count();
			}
		}
		return read;
	}

	private boolean caughtUp(Admin admin, Map<TopicPartition, Long> ends) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
			.partitionsToOffsetAndMetadata()
			.get(30, TimeUnit.SECONDS);
		return ends.entrySet().stream().allMatch((end) -> {
			OffsetAndMetadata offset = committed.get(end.getKey());
			return (end.getValue() == 0) || (offset != null && offset.offset() >= end.getValue());
		});
	}

	private static String table(int events, long onTopics, double publishSeconds, long rawRead, double rawSeconds,
			long recorded, double intakeSeconds, String loadBefore, String loadAfter) {
		double rawRate = rawRead / rawSeconds;
		double intakeRate = onTopics / intakeSeconds;
		return String.join("\n", "| measure | value |", "|---|---|",
				"| events published (%,d users, %,d projects, %,d tasks) | %,d in %.1f s |".formatted(USERS, PROJECTS,
						TASKS, events, publishSeconds),
				"| records on the three topics (this run's and any earlier) | %,d |".formatted(onTopics),
				"| raw consumer, own group, counting only | %,d records in %.1f s = **%,.0f records/s** |"
					.formatted(rawRead, rawSeconds, rawRate),
				"| intake: listener start to every offset committed | %,d records in %.1f s = **%,.0f events/s** |"
					.formatted(onTopics, intakeSeconds, intakeRate),
				"| entities in the sync store | %,d |".formatted(recorded),
				"| intake / raw consumer | %.0f %% |".formatted(100 * intakeRate / rawRate),
				"| load average before / after | %s / %s |".formatted(loadBefore, loadAfter), "");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
