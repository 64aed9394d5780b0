package com.geniusharmony.infra.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.infra.spring.ContextResources.Servers;
import com.geniusharmony.infra.spring.RealInfrastructure.Component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared servers, seen as servers named by the environment, as on a machine that
 * provides them: those outlive the JVM, so everything a context created on them must go.
 */
class ContextResourcesIntegrationTests {

	@Test
	void releaseRemovesDatabaseKeysAndTopicsOfItsContextOnly() throws Exception {
		Infrastructure shared = Infrastructure.shared();
		PostgresServer sharedPostgres = shared.postgres();
		KafkaServer kafka = KafkaServer
			.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", shared.kafka().bootstrapServers()))
			.orElseThrow();
		PostgresServer postgres = PostgresServer
			.fromEnvironment(Map.of("POSTGRES_HOST", sharedPostgres.host(), "POSTGRES_PORT",
					String.valueOf(sharedPostgres.port()), "POSTGRES_USER", sharedPostgres.username(),
					"POSTGRES_PASSWORD", sharedPostgres.password()))
			.orElseThrow();
		RedisServer redis = RedisServer.fromEnvironment(Map.of("REDIS_URL", shared.redis().uri())).orElseThrow();
		ContextResources resources = ContextResources.create(new Servers(() -> kafka, () -> postgres, () -> redis),
				EnumSet.allOf(Component.class));
		Map<String, Object> properties = resources.properties();
		String database = (String) properties.get("POSTGRES_DB");
		String suffix = (String) properties.get("HARMONY_TOPIC_SUFFIX");
		String prefix = (String) properties.get("HARMONY_REDIS_KEY_PREFIX");
		String otherTopic = "orders-" + UUID.randomUUID();
		String otherKey = "other:" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
				Redis commands = new Redis(redis.uri())) {
			admin
				.createTopics(List.of(new NewTopic("orders" + suffix, 1, (short) 1),
						new NewTopic("orders" + suffix + "-dlt", 1, (short) 1), new NewTopic(otherTopic, 1, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
			commands.sync().set(prefix + "bucket", "1");
			commands.sync().set(prefix + "cache:x", "2");
			commands.sync().set(otherKey, "3");
			assertThat(databaseExists(postgres, database)).isTrue();

			resources.release();

			assertThat(databaseExists(postgres, database)).isFalse();
			assertThat(commands.sync().keys(prefix + "*")).isEmpty();
			assertThat(commands.sync().get(otherKey)).isEqualTo("3");
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(topics(admin)).doesNotContain("orders" + suffix, "orders" + suffix + "-dlt")
							.contains(otherTopic));
			admin.deleteTopics(List.of(otherTopic)).all().get(30, TimeUnit.SECONDS);
			commands.sync().del(otherKey);
		}
	}

	private static Set<String> topics(Admin admin) throws Exception {
		return admin.listTopics().names().get(30, TimeUnit.SECONDS);
	}

	private static boolean databaseExists(PostgresServer postgres, String database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(),
				postgres.password());
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + database + "'")) {
			result.next();
			return result.getInt(1) == 1;
		}
	}

	/**
	 * A Lettuce client and connection, closed together.
	 */
	private static final class Redis implements AutoCloseable {

		private final RedisClient client;

		private final StatefulRedisConnection<String, String> connection;

		Redis(String uri) {
			this.client = RedisClient.create(uri);
			this.connection = this.client.connect();
		}

		RedisCommands<String, String> sync() {
			return this.connection.sync();
		}

		@Override
		public void close() {
			this.connection.close();
			this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}

	}

}
