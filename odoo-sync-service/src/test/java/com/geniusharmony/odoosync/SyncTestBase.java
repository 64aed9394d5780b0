package com.geniusharmony.odoosync;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.ops.SyncOperations;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.awaitility.Awaitility.await;

/**
 * The Spring context of the sync's integration tests, but for the Odoo it writes to
 * (which a subclass names with a {@code @DynamicPropertySource}): the whole service on
 * real Kafka, PostgreSQL and Redis, accepting the tokens of {@link OperatorTokens}.
 * Refused rows are retried after a second and parked after three attempts, transient
 * failures retried after 20 ms, and an open circuit tried again after a second, so that
 * the tests see all of it without waiting long. Odoo is polled for changes only when a
 * test asks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { OperatorTokens.SECRET_PROPERTY, "harmony.sync.debounce=50ms", "harmony.sync.retry-backoff=1s",
				"harmony.sync.max-attempts=3", "harmony.sync.metrics-refresh=500ms", "odoo.retry-backoff=20ms",
				"odoo.circuit-open-duration=1s", "harmony.sync.pull.interval=1h",
				"harmony.sync.pull.webhook-secret=" + SyncTestBase.WEBHOOK_SECRET })
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
public abstract class SyncTestBase {

	protected static final Duration WAIT = Duration.ofSeconds(60);

	/**
	 * The secret the Odoo webhook's calls are signed with.
	 */
	protected static final String WEBHOOK_SECRET = "odoo-webhook-test-secret";

	@Autowired
	protected KafkaTemplate<String, byte[]> kafka;

	@Autowired
	protected TopicNames topicNames;

	@Autowired
	protected SyncOperations operations;

	@Autowired
	protected WebTestClient web;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	/**
	 * The emulator the context writes to.
	 * @return the emulator
	 */
	protected abstract OdooEmulator odoo();

	protected void publish(EventEnvelope event) {
		try {
			this.kafka.send(this.topicNames.of(event.topic()), event.key(), EventRecords.write(event))
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not publish " + event, ex);
		}
	}

	/**
	 * Sends a sweep tick, as the scheduler does every 30 seconds.
	 */
	protected void sweep() {
		publish(TestEvents.sweepTick());
	}

	/**
	 * The record Odoo holds for an entity, once it does.
	 */
	protected OdooRecord awaitRecord(EntityKind kind, String id) {
		String externalId = externalId(kind, id);
		return await().atMost(WAIT).until(() -> odoo().recordByExternalId(externalId).orElse(null), (r) -> r != null);
	}

	protected EntitySyncState awaitStatus(EntityKind kind, String id, SyncStatus status) {
		return await().atMost(WAIT).until(() -> state(kind, id), (state) -> state != null && state.status() == status);
	}

	protected EntitySyncState state(EntityKind kind, String id) {
		return this.operations.find(kind, id).block(Duration.ofSeconds(10));
	}

	/**
	 * The link events published for one entity, once a condition holds on them.
	 */
	protected List<Link> awaitLinks(EntityKind kind, String id, Predicate<List<Link>> until) {
		String key = kind.wireName() + ":" + id;
		List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(this.bootstrapServers,
				this.topicNames.of(Topic.ODOO_LINKS), (read) -> until.test(links(read, key)));
		return links(records, key);
	}

	private static List<Link> links(List<ConsumerRecord<String, byte[]>> records, String key) {
		return records.stream().filter((record) -> key.equals(record.key())).map((record) -> {
			EventEnvelope event = EventRecords.read(record);
			return new Link(event.aggregateVersion(), (OdooLinkEstablished) event.payload());
		}).toList();
	}

	protected static String externalId(EntityKind kind, String id) {
		return "harmony." + kind.wireName() + "_" + id;
	}

	/**
	 * A link event as published.
	 *
	 * @param version the link's version
	 * @param link the link
	 */
	protected record Link(long version, OdooLinkEstablished link) {

	}

}
