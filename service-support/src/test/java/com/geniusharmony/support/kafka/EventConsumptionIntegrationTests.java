package com.geniusharmony.support.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.infra.spring.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = ConsumingApplication.class,
		properties = { "harmony.kafka.retry.initial-interval=50ms", "harmony.kafka.retry.max-interval=200ms",
				"management.endpoint.health.group.readiness.include=readinessState,kafka" })
@RealInfrastructure(RealInfrastructure.Component.KAFKA)
class EventConsumptionIntegrationTests {

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private ConsumingApplication.RecordingListener listener;

	@Autowired
	private ConsumingApplication.RecordingBatchListener batchListener;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@BeforeEach
	void reset() {
		this.listener.received.clear();
		this.listener.failuresToSimulate.set(0);
		this.batchListener.batches.clear();
		this.batchListener.failuresToSimulate.set(0);
	}

	@Test
	void parksAnUnreadableRecordWithItsReasonAndKeepsConsuming() throws Exception {
		String taskId = UUID.randomUUID().toString();
		// A version this consumer does not know: no retry can make it readable.
		byte[] poison = new String(EventRecords.write(taskCreated(taskId)), StandardCharsets.UTF_8)
			.replace("\"schema_version\":1", "\"schema_version\":99")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(new String(poison, StandardCharsets.UTF_8)).contains("\"schema_version\":99");
		this.kafka.send(this.topicNames.of(Topic.TASKS), taskId, poison).get();
		EventEnvelope valid = taskCreated(taskId);
		this.kafka.send(this.topicNames.of(Topic.TASKS), taskId, EventRecords.write(valid)).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.received.contains(valid));
		ConsumerRecord<String, byte[]> parked = deadLetterFor(taskId);
		assertThat(parked.value()).isEqualTo(poison);
		assertThat(header(parked, "kafka_dlt-exception-message")).contains("99");
		assertThat(header(parked, "kafka_dlt-original-topic")).isEqualTo(this.topicNames.of(Topic.TASKS));
		assertThat(this.meters.get("harmony.kafka.dead.letters")
			.tag("topic", this.topicNames.of(Topic.TASKS))
			.tag("reason", "unreadable")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void retriesATransientFailureUntilTheEventIsHandledOnce() throws Exception {
		this.listener.failuresToSimulate.set(3);
		EventEnvelope event = taskCreated(UUID.randomUUID().toString());
		this.kafka.send(this.topicNames.of(Topic.TASKS), event.key(), EventRecords.write(event)).get();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listener.received.contains(event));
		assertThat(this.listener.received).containsOnlyOnce(event);
	}

	@Test
	void handsABatchsEventsAroundAnUnreadableRecordOverOnceAndParksIt() throws Exception {
		String projectId = UUID.randomUUID().toString();
		List<EventEnvelope> events = List.of(projectCreated(projectId, 1), projectCreated(projectId, 2),
				projectCreated(projectId, 3), projectCreated(projectId, 4));
		byte[] poison = "{\"not\": \"an event\"}".getBytes(StandardCharsets.UTF_8);
		String topic = this.topicNames.of(Topic.PROJECTS);
		// one key, so one partition and this order; sent before the listener starts, so
		// one poll
		this.kafka.send(topic, projectId, EventRecords.write(events.get(0)));
		this.kafka.send(topic, projectId, EventRecords.write(events.get(1)));
		this.kafka.send(topic, projectId, poison);
		this.kafka.send(topic, projectId, EventRecords.write(events.get(2)));
		this.kafka.send(topic, projectId, EventRecords.write(events.get(3))).get();
		startBatchListener();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.batchListener.received().size() >= events.size());
		assertThat(this.batchListener.received()).containsExactlyElementsOf(events);
		assertThat(this.batchListener.batches.get(0)).containsExactly(events.get(0), events.get(1));
		ConsumerRecord<String, byte[]> parked = deadLetterFor(Topic.PROJECTS, projectId);
		assertThat(parked.value()).isEqualTo(poison);
		assertThat(header(parked, "kafka_dlt-original-topic")).isEqualTo(topic);
		assertThat(this.meters.get("harmony.kafka.dead.letters")
			.tag("topic", topic)
			.tag("reason", "unreadable")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void retriesABatchWhoseHandlingFailedUntilItsEventsAreHandledOnce() throws Exception {
		this.batchListener.failuresToSimulate.set(2);
		String projectId = UUID.randomUUID().toString();
		List<EventEnvelope> events = List.of(projectCreated(projectId, 1), projectCreated(projectId, 2),
				projectCreated(projectId, 3));
		for (EventEnvelope event : events) {
			this.kafka.send(this.topicNames.of(Topic.PROJECTS), projectId, EventRecords.write(event)).get();
		}
		startBatchListener();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.batchListener.received().size() >= events.size());
		assertThat(this.batchListener.received()).containsExactlyElementsOf(events);
		assertThat(this.batchListener.failuresToSimulate.get()).isNegative();
	}

	/**
	 * Each test starts the batch listener after sending, so that its records come in one
	 * poll, and stops it at the end.
	 */
	private void startBatchListener() {
		batchListenerContainer().start();
	}

	@AfterEach
	void stopBatchListener() {
		batchListenerContainer().stop();
	}

	private MessageListenerContainer batchListenerContainer() {
		MessageListenerContainer container = this.listeners
			.getListenerContainer(ConsumingApplication.RecordingBatchListener.ID);
		assertThat(container).isNotNull();
		return container;
	}

	private ConsumerRecord<String, byte[]> deadLetterFor(String key) {
		return deadLetterFor(Topic.TASKS, key);
	}

	private ConsumerRecord<String, byte[]> deadLetterFor(Topic topic, String key) {
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"dlt-reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(this.topicNames.deadLetterOf(topic)));
			List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
				return !found.isEmpty();
			});
			return found.get(0);
		}
	}

	private static String header(ConsumerRecord<String, byte[]> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	private static EventEnvelope taskCreated(String taskId) {
		TaskState task = new TaskState(taskId, "p-1", "Wireframes", "", TaskStatus.TODO, LocalDate.of(2026, 12, 1),
				List.of("u-1"));
		return EventEnvelope.of(new TaskCreated(task), 1, Instant.parse("2026-11-24T10:00:00Z"));
	}

	private static EventEnvelope projectCreated(String projectId, int version) {
		ProjectState project = new ProjectState(projectId, "Launch " + version, "", "u-1", List.of("u-1"), null, null,
				false);
		return EventEnvelope.of(new ProjectCreated(project), version, Instant.parse("2026-11-24T10:00:00Z"));
	}

}
