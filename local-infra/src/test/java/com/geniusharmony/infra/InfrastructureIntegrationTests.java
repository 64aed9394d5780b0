package com.geniusharmony.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.infra.server.Docker;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection of each server, with environments given to the instance under test: the
 * machine's PostgreSQL and Redis on their standard ports when they answer, else the
 * servers of {@link Infrastructure#shared()}, stand in for servers named by the
 * environment.
 */
class InfrastructureIntegrationTests {

	private static final Duration PROBE = Duration.ofSeconds(1);

	@Test
	void usesPostgresNamedByEnvironment() throws SQLException {
		Map<String, String> environment = Ports.answers("127.0.0.1", 5432, PROBE)
				? Map.of("POSTGRES_HOST", "127.0.0.1", Docker.SWITCH, "false") : postgresOf(Infrastructure.shared());
		Infrastructure infrastructure = new Infrastructure(environment);
		try {
			PostgresServer postgres = infrastructure.postgres();
			assertThat(postgres.source()).isEqualTo(Source.ENVIRONMENT);
			assertThat(postgres.host()).isEqualTo(environment.get("POSTGRES_HOST"));
			String database = postgres.createDatabase("environment");
			try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
					postgres.password());
					Statement statement = connection.createStatement();
					ResultSet result = statement.executeQuery("SELECT current_database()")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo(database);
			}
			finally {
				postgres.dropDatabase(database);
			}
		}
		finally {
			infrastructure.stop();
		}
	}

	@Test
	void usesRedisNamedByEnvironment() {
		String uri = Ports.answers("127.0.0.1", 6379, PROBE) ? "redis://127.0.0.1:6379"
				: Infrastructure.shared().redis().uri();
		Infrastructure infrastructure = new Infrastructure(Map.of("REDIS_URL", uri, Docker.SWITCH, "false"));
		try {
			RedisServer redis = infrastructure.redis();
			assertThat(redis.source()).isEqualTo(Source.ENVIRONMENT);
			assertThat(redis.uri()).isEqualTo(uri);
			String key = "harmony-infra-test:" + UUID.randomUUID();
			RedisClient client = RedisClient.create(redis.uri());
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				RedisCommands<String, String> commands = connection.sync();
				commands.set(key, "from the environment");
				assertThat(commands.get(key)).isEqualTo("from the environment");
				commands.del(key);
			}
			finally {
				client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
			}
		}
		finally {
			infrastructure.stop();
		}
	}

	@Test
	void usesKafkaNamedByEnvironment() throws Exception {
		String bootstrapServers = Infrastructure.shared().kafka().bootstrapServers();
		Infrastructure infrastructure = new Infrastructure(
				Map.of(KafkaServer.BOOTSTRAP_SERVERS, bootstrapServers, Docker.SWITCH, "false"));
		try {
			KafkaServer kafka = infrastructure.kafka();
			assertThat(kafka.source()).isEqualTo(Source.ENVIRONMENT);
			assertThat(kafka.bootstrapServers()).isEqualTo(bootstrapServers);
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
				assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
			}
		}
		finally {
			infrastructure.stop();
		}
	}

	@Test
	void startsEmbeddedServersWhenEnvironmentNamesNoneAndStopsThemAtTheEnd() {
		Infrastructure infrastructure = new Infrastructure(Map.of(Docker.SWITCH, "false"));
		RedisServer redis;
		PostgresServer postgres;
		try {
			redis = infrastructure.redis();
			postgres = infrastructure.postgres();
			assertThat(redis.source()).isEqualTo(Source.EMBEDDED);
			assertThat(postgres.source()).isEqualTo(Source.EMBEDDED);
			assertThat(infrastructure.redis()).isSameAs(redis);
			assertThat(Ports.answers(redis.host(), redis.port(), PROBE)).isTrue();
			assertThat(Ports.answers(postgres.host(), postgres.port(), PROBE)).isTrue();
		}
		finally {
			infrastructure.stop();
		}
		assertThat(Ports.answers(redis.host(), redis.port(), PROBE)).isFalse();
		assertThat(Ports.answers(postgres.host(), postgres.port(), PROBE)).isFalse();
	}

	@Test
	void runsExitActionsBeforeStoppingServers() {
		Infrastructure infrastructure = new Infrastructure(Map.of(Docker.SWITCH, "false"));
		RedisServer redis = infrastructure.redis();
		boolean[] answeredDuringAction = new boolean[1];
		infrastructure.atExit(() -> answeredDuringAction[0] = Ports.answers(redis.host(), redis.port(), PROBE));
		infrastructure.stop();
		assertThat(answeredDuringAction[0]).isTrue();
		assertThat(Ports.answers(redis.host(), redis.port(), PROBE)).isFalse();
	}

	private static Map<String, String> postgresOf(Infrastructure infrastructure) {
		PostgresServer postgres = infrastructure.postgres();
		return Map.of("POSTGRES_HOST", postgres.host(), "POSTGRES_PORT", String.valueOf(postgres.port()),
				"POSTGRES_USER", postgres.username(), "POSTGRES_PASSWORD", postgres.password(), Docker.SWITCH, "false");
	}

}
