package com.geniusharmony.core.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.core.CoreServiceApplication;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.support.testing.ServiceJvm;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The process is killed after the change committed and before its event could be
 * published; the event is in the outbox, and the next process publishes it, once, with
 * the same event id.
 */
class OutboxCrashIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anEventCommittedBeforeACrashIsPublishedOnceAfterTheRestartWithTheSameId() throws Exception {
		// A broker of its own, which the test stops and starts, whatever broker the other
		// tests share. Its data is deleted after the test, also when it fails; what a
		// killed JVM leaves behind is deleted by the next run.
		Path directory = Directories.temporaryForThisProcess("harmony-crash-test-");
		try (KafkaServer kafka = KafkaServer.embedded(directory.resolve("kafka"), Ports.free(), Ports.free())) {
			crashBetweenCommitAndPublish(kafka);
		}
		finally {
			Directories.delete(directory);
		}
	}

	private void crashBetweenCommitAndPublish(KafkaServer kafka) throws Exception {
		PostgresServer postgres = Infrastructure.shared().postgres();
		String database = postgres.createDatabase("core_crash");
		String suffix = "crash-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> environment = Map.of("POSTGRES_HOST", postgres.host(), "POSTGRES_PORT",
				Integer.toString(postgres.port()), "POSTGRES_USER", postgres.username(), "POSTGRES_PASSWORD",
				postgres.password(), "POSTGRES_DB", database, "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
				"HARMONY_TOPIC_SUFFIX", suffix, "HARMONY_ADMIN_USERNAME", "admin", "HARMONY_ADMIN_PASSWORD",
				"admin-password-1", "HARMONY_OUTBOX_POLL_INTERVAL", "200ms");
		Path logs = Path.of("target", "crash-test");

		String userId;
		UUID eventId;
		ServiceJvm first = ServiceJvm.start(CoreServiceApplication.class, environment, Ports.free(),
				logs.resolve("first.log"));
		try {
			String token = token(first);
			kafka.stop();
			try {
				var created = first.post("/api/users",
						"""
								{"username": "survivor", "email": "survivor@example.com", "password": "long enough password"}""",
						token);
				assertThat(created.statusCode()).isEqualTo(201);
				userId = JSON.readTree(created.body()).get("id").asString();
				eventId = outboxEventId(postgres, database, userId);
				first.kill();
			}
			finally {
				kafka.start();
			}
		}
		finally {
			first.close();
		}

		try (ServiceJvm second = ServiceJvm.start(CoreServiceApplication.class, environment, Ports.free(),
				logs.resolve("second.log"))) {
			String topic = Topic.USERS.name(suffix);
			List<EventEnvelope> events = TestEvents.awaitEvents(kafka.bootstrapServers(), topic, userId, 1);
			assertThat(events.get(0).eventId()).isEqualTo(eventId);
			await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(postgres, database) == 0);
			List<ConsumerRecord<String, byte[]>> all = TestEvents.allRecords(kafka.bootstrapServers(), topic, userId);
			assertThat(all).hasSize(1);
			assertThat(TestEvents.read(all.get(0).value()).eventId()).isEqualTo(eventId);
		}
	}

	private static String token(ServiceJvm service) {
		var answer = service.post("/api/auth/token", "{\"username\": \"admin\", \"password\": \"admin-password-1\"}",
				"");
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(answer.body());
		return body.get("access_token").asString();
	}

	private static UUID outboxEventId(PostgresServer postgres, String database, String aggregateId)
			throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
				postgres.password());
				PreparedStatement statement = connection
					.prepareStatement("select event_id from outbox where aggregate_id = ? order by id")) {
			statement.setString(1, aggregateId);
			List<UUID> ids = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getObject(1, UUID.class));
				}
			}
			assertThat(ids).as("events of %s waiting in the outbox", aggregateId).hasSize(1);
			return ids.get(0);
		}
	}

	private static long outboxRows(PostgresServer postgres, String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
				postgres.password());
				ResultSet rows = connection.createStatement().executeQuery("select count(*) from outbox")) {
			rows.next();
			return rows.getLong(1);
		}
	}

}
