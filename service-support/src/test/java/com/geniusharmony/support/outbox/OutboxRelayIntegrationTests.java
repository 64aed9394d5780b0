package com.geniusharmony.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.events.user.UserUpdated;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay on a real PostgreSQL and Kafka. Its poll interval is a minute, so an event
 * published within the tests' waits was published because a commit or a new connection
 * woke the relay.
 */
@SpringBootTest(classes = OutboxApplication.class,
		properties = { "spring.application.name=outbox-test", "harmony.database.default-name=outbox_test",
				"harmony.outbox.poll-interval=1m", "spring.sql.init.mode=always",
				"spring.sql.init.schema-locations=classpath:outbox/schema.sql", "spring.sql.init.separator=@@" })
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
class OutboxRelayIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final long OTHER_LOCK = 42_4242L;

	@Autowired
	private OutboxWriter outbox;

	@Autowired
	private OutboxProperties properties;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private TransactionalOperator transactions;

	@Autowired
	private ConnectionFactory connectionFactory;

	@Autowired
	private TopicNames topics;

	@Autowired
	private OutboxApplication.RecordingListener listener;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void publishesTheCommittedEventsInOrderAsWrittenAndEmptiesTheOutbox() {
		String userId = UUID.randomUUID().toString();
		List<EventEnvelope> events = List.of(user(userId, 1, "ada"), user(userId, 2, "ada.l"),
				user(userId, 3, "ada.lo"));
		this.outbox.append(events).as(this.transactions::transactional).block(WAIT);

		List<ConsumerRecord<String, byte[]>> published = awaitRecords(userId, 3);
		assertThat(published).extracting(ConsumerRecord::value)
			.containsExactlyElementsOf(events.stream().map(EventRecords::write).toList());
		assertThat(published).extracting((record) -> EventRecords.read(record.value()).eventId())
			.containsExactlyElementsOf(events.stream().map(EventEnvelope::eventId).toList());
		await().atMost(WAIT)
			.until(() -> this.listener.published.stream()
				.filter((row) -> row.aggregateId().equals(userId))
				.count() == 3);
		assertThat(outboxRowsOf(userId)).isZero();
	}

	@Test
	void publishesNothingOfARolledBackChange() {
		String userId = UUID.randomUUID().toString();
		Mono<Void> failingChange = this.outbox.append(user(userId, 1, "rolled.back"))
			.then(Mono.error(new IllegalStateException("the change failed")));
		assertThat(failingChange.as(this.transactions::transactional)
			.onErrorResume((ex) -> Mono.empty())
			.blockOptional(WAIT)).isEmpty();
		EventEnvelope later = user(userId, 2, "committed");
		this.outbox.append(later).as(this.transactions::transactional).block(WAIT);

		// the relay publishes in order: once the later event is there, the rolled-back
		// one
		// would have been too
		assertThat(awaitRecords(userId, 1)).extracting(ConsumerRecord::value)
			.containsExactly(EventRecords.write(later));
	}

	@Test
	void theRelayComesBackWhenItsDatabaseSessionIsTerminated() {
		// PostgreSQL restarted, or an operator ended the session: the relay's connection
		// and
		// lock are gone
		await().atMost(WAIT).until(() -> terminateSessionsHolding(this.properties.lockKey()) > 0);
		String userId = UUID.randomUUID().toString();
		EventEnvelope after = user(userId, 1, "after");
		this.outbox.append(after).as(this.transactions::transactional).block(WAIT);
		assertThat(awaitRecords(userId, 1)).extracting(ConsumerRecord::value)
			.containsExactly(EventRecords.write(after));
	}

	@Test
	void onlyOneInstanceHoldsTheRelayLockAndAStandbyTakesOverWhenItsConnectionDies() {
		ConnectionFactory unpooled = (ConnectionFactory) ((Wrapped<?>) this.connectionFactory).unwrap();
		AtomicInteger wakeUps = new AtomicInteger();
		try (RelayLeadership first = leadership(unpooled, wakeUps);
				RelayLeadership second = leadership(unpooled, wakeUps)) {
			await().atMost(WAIT).until(first::tryAcquire);
			await().atMost(WAIT).until(second::isConnected);
			assertThat(second.tryAcquire()).isFalse();
			assertThat(first.isHeld()).isTrue();
			// the relay's process dies: PostgreSQL ends its session and releases the lock
			terminateSessionsHolding(OTHER_LOCK);
			await().atMost(WAIT).until(() -> !first.isHeld());
			await().atMost(WAIT).until(second::tryAcquire);
			assertThat(wakeUps).hasPositiveValue();
		}
	}

	private static RelayLeadership leadership(ConnectionFactory connections, AtomicInteger wakeUps) {
		RelayLeadership leadership = new RelayLeadership(connections, "outbox-test-standby", OTHER_LOCK,
				Duration.ofSeconds(1), wakeUps::incrementAndGet);
		leadership.start();
		return leadership;
	}

	private long terminateSessionsHolding(long lock) {
		Long terminated = this.database
			.sql("select count(pg_terminate_backend(pid)) from pg_locks"
					+ " where locktype = 'advisory' and ((classid::bigint << 32) | objid::bigint) = :lock and granted")
			.bind("lock", lock)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block(WAIT);
		return (terminated != null) ? terminated : 0;
	}

	private long outboxRowsOf(String aggregateId) {
		Long rows = this.database.sql("select count(*) from outbox where aggregate_id = :id")
			.bind("id", aggregateId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block(WAIT);
		return (rows != null) ? rows : 0;
	}

	private static EventEnvelope user(String id, long version, String username) {
		UserState state = new UserState(id, username, username + "@example.com", "Ada", "Lovelace", true);
		return EventEnvelope.of((version == 1) ? new UserCreated(state) : new UserUpdated(state), version,
				Instant.now());
	}

	/** Reads the users topic from the start until the key has the expected records. */
	private List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int expected) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			String topic = this.topics.of(Topic.USERS);
			List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT)
				.stream()
				.map((partition) -> new TopicPartition(topic, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
			await().atMost(WAIT).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
					if (key.equals(record.key())) {
						found.add(record);
					}
				});
				return found.size() >= expected;
			});
			return found;
		}
	}

}
