package com.geniusharmony.odoosync.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odoosync.SyncServiceProcess;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.support.kafka.EventRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance is killed while it holds the claim of a batch whose {@code load} Odoo is
 * still working on; once the claim's lease is over another instance takes the batch, and
 * Odoo ends up with every record exactly once.
 */
class InstanceKilledMidBatchIntegrationTests {

	private static final int USERS = 30;

	@Test
	void anotherInstanceFinishesTheBatchOfAKilledOneAndOdooHoldsEveryRecordOnce() throws Exception {
		PostgresServer postgres = Infrastructure.shared().postgres();
		String database = postgres.createDatabase("sync_killed");
		String suffix = "killed-" + UUID.randomUUID().toString().substring(0, 8);
		try (OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults())) {
			Map<String, String> environment = environment(postgres, database, suffix, odoo);
			Path logs = Path.of("target", "killed-instance-test");
			// the first load Odoo gets takes long enough for the instance to be killed
			// while it waits for the answer
			odoo.faults().inject(Fault.latency(Duration.ofSeconds(15)).onlyFor("res.partner", "load").times(1));
			List<String> users = IntStream.range(0, USERS).mapToObj((i) -> TestEvents.newId()).toList();
			SyncServiceProcess first = SyncServiceProcess.start(with(environment, "first"), Ports.free(),
					logs.resolve("first.log"));
			try {
				publish(environment, suffix,
						users.stream()
							.map((id) -> TestEvents.event(new UserCreated(TestEvents.user(id, "User", id, "")), 1))
							.toList());
				await().atMost(Duration.ofSeconds(60))
					.until(() -> count(postgres, database, "claimed_by = 'first'") > 0
							&& odoo.faults().active().isEmpty());
			}
			finally {
				first.kill();
			}
			try (SyncServiceProcess second = SyncServiceProcess.start(with(environment, "second"), Ports.free(),
					logs.resolve("second.log"))) {
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
					publish(environment, suffix, List.of(TestEvents.sweepTick()));
					return count(postgres, database, "status = 'synced'") == USERS;
				});
			}
			List<OdooRecord> partners = odoo.records("res.partner")
				.stream()
				.filter((partner) -> partner.externalIds().stream().anyMatch((id) -> id.startsWith("harmony.user_")))
				.toList();
			assertThat(partners).hasSize(USERS);
			assertThat(partners.stream().flatMap((partner) -> partner.externalIds().stream()))
				.containsExactlyInAnyOrderElementsOf(users.stream().map((id) -> "harmony.user_" + id).toList());
		}
		finally {
			postgres.dropDatabase(database);
		}
	}

	private static Map<String, String> environment(PostgresServer postgres, String database, String suffix,
			OdooEmulator odoo) {
		Map<String, String> environment = new HashMap<>();
		environment.put("POSTGRES_HOST", postgres.host());
		environment.put("POSTGRES_PORT", Integer.toString(postgres.port()));
		environment.put("POSTGRES_USER", postgres.username());
		environment.put("POSTGRES_PASSWORD", postgres.password());
		environment.put("POSTGRES_DB", database);
		environment.put("KAFKA_BOOTSTRAP_SERVERS", Infrastructure.shared().kafka().bootstrapServers());
		environment.put("HARMONY_TOPIC_SUFFIX", suffix);
		environment.put("REDIS_URL", Infrastructure.shared().redis().uri());
		environment.put("HARMONY_REDIS_KEY_PREFIX", suffix + ":");
		environment.put("ODOO_HOST", "127.0.0.1");
		environment.put("ODOO_PORT", Integer.toString(odoo.port()));
		environment.put("ODOO_PROTOCOL", "jsonrpc");
		environment.put("ODOO_DB", odoo.config().database());
		environment.put("ODOO_USERNAME", odoo.config().login());
		environment.put("ODOO_PASSWORD", odoo.config().password());
		environment.put("ODOO_REQUEST_TIMEOUT", "60s");
		// every change of the test in one batch, and a short lease so that the test
		// does not wait long for it to end
		environment.put("HARMONY_SYNC_DEBOUNCE", "3s");
		environment.put("HARMONY_SYNC_CLAIM_LEASE", "5s");
		return environment;
	}

	private static Map<String, String> with(Map<String, String> environment, String instance) {
		Map<String, String> own = new HashMap<>(environment);
		own.put("HARMONY_SYNC_INSTANCE_ID", instance);
		return own;
	}

	private static void publish(Map<String, String> environment, String suffix, List<EventEnvelope> events) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				environment.get("KAFKA_BOOTSTRAP_SERVERS"));
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			for (EventEnvelope event : events) {
				producer.send(new ProducerRecord<>(event.topic().name(suffix), event.key(), EventRecords.write(event)));
			}
			producer.flush();
		}
	}

	private static long count(PostgresServer postgres, String database, String condition) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
				postgres.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select count(*) from sync_entity where " + condition)) {
			result.next();
			return result.getLong(1);
		}
	}

}
