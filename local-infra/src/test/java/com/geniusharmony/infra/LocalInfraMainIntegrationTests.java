package com.geniusharmony.infra;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.ChildProcess;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the launcher in its own JVM, as {@code java -jar} would, on free ports and without
 * the variables that name servers, so that it starts its own.
 */
class LocalInfraMainIntegrationTests {

	private static final Duration PATIENCE = Duration.ofMinutes(2);

	private final Path state = Directories.temporaryForThisProcess("harmony-infra-test-");

	private final Map<String, String> ports = Map.of("HARMONY_KAFKA_PORT", String.valueOf(Ports.free()),
			"HARMONY_KAFKA_CONTROLLER_PORT", String.valueOf(Ports.free()), "HARMONY_POSTGRES_PORT",
			String.valueOf(Ports.free()), "HARMONY_REDIS_PORT", String.valueOf(Ports.free()));

	private final List<ChildProcess> launched = new ArrayList<>();

	@AfterEach
	void stopLaunchersAndDeleteState() {
		this.launched.forEach((launcher) -> launcher.terminate(PATIENCE));
		Directories.delete(this.state);
	}

	@Test
	void writesEndpointsOnceReadyAndKeepsDataAcrossRestart() throws Exception {
		ChildProcess first = launch("first.log");
		Map<String, String> endpoints = endpoints();
		assertThat(endpoints).containsOnlyKeys("KAFKA_BOOTSTRAP_SERVERS", "POSTGRES_HOST", "POSTGRES_PORT",
				"POSTGRES_USER", "POSTGRES_PASSWORD", "REDIS_URL");
		assertThat(endpoints)
			.containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + this.ports.get("HARMONY_KAFKA_PORT"))
			.containsEntry("POSTGRES_PORT", this.ports.get("HARMONY_POSTGRES_PORT"))
			.containsEntry("REDIS_URL", "redis://127.0.0.1:" + this.ports.get("HARMONY_REDIS_PORT"));
		for (String database : LocalStack.DATABASES) {
			assertThat(query(endpoints, database, "SELECT current_database()")).isEqualTo(database);
		}
		query(endpoints, "harmony_core",
				"CREATE TABLE kept AS SELECT 'still here' AS value; SELECT count(*) FROM kept");
		redis(endpoints, (commands) -> commands.set("launcher-test", "kept"));
		kafka(endpoints, (admin) -> admin.createTopics(List.of(new NewTopic("kept-topic", 1, (short) 1))).all());
		List<ProcessHandle> servers = descendants(first);

		first.terminate(PATIENCE);

		assertThat(Files.readString(first.logFile())).contains("STOPPED");
		assertThat(servers).isNotEmpty().noneMatch(ProcessHandle::isAlive);
		assertThat(this.state.resolve("infra.env")).doesNotExist();
		launch("second.log");
		assertThat(query(endpoints, "harmony_core", "SELECT value FROM kept")).isEqualTo("still here");
		String kept = redis(endpoints, (commands) -> commands.get("launcher-test"));
		assertThat(kept).isEqualTo("kept");
		Set<String> topics = kafka(endpoints, (admin) -> admin.listTopics().names());
		assertThat(topics).contains("kept-topic");
	}

	@Test
	void serversEndWhenLauncherIsKilled() throws Exception {
		ChildProcess launcher = launch("killed.log");
		List<ProcessHandle> servers = descendants(launcher);
		assertThat(servers).hasSizeGreaterThanOrEqualTo(3);
		launcher.kill();
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(servers).noneMatch(ProcessHandle::isAlive));
	}

	/**
	 * Starts the launcher through {@code env}, which drops the variables that name
	 * servers, under the same guard as the servers, so that it ends if this JVM dies
	 * first.
	 */
	private ChildProcess launch(String logName) {
		List<String> command = new ArrayList<>(
				List.of("env", "-u", "KAFKA_BOOTSTRAP_SERVERS", "-u", "POSTGRES_HOST", "-u", "REDIS_URL"));
		this.ports.forEach((variable, port) -> command.add(variable + "=" + port));
		command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
				LocalInfraMain.class.getName(), "--state-dir", this.state.toString()));
		ChildProcess launcher = ChildProcess.start("LocalInfraMain", ChildCommand.of(command, "TERM", false),
				this.state.resolve(logName));
		this.launched.add(launcher);
		await().atMost(PATIENCE).until(() -> {
			if (!launcher.isAlive()) {
				throw launcher.failure("exited before READY");
			}
			return Files.readString(launcher.logFile()).lines().anyMatch("READY"::equals);
		});
		return launcher;
	}

	private static String classpath() {
		return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
			.map((entry) -> Path.of(entry).toAbsolutePath().toString())
			.collect(Collectors.joining(File.pathSeparator));
	}

	private static List<ProcessHandle> descendants(ChildProcess process) {
		return ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();
	}

	private Map<String, String> endpoints() throws IOException {
		Properties properties = new Properties();
		try (BufferedReader reader = Files.newBufferedReader(this.state.resolve("infra.env"))) {
			properties.load(reader);
		}
		Map<String, String> endpoints = new HashMap<>();
		properties.forEach((key, value) -> endpoints.put((String) key, (String) value));
		return endpoints;
	}

	private static String query(Map<String, String> endpoints, String database, String sql) throws SQLException {
		String url = "jdbc:postgresql://" + endpoints.get("POSTGRES_HOST") + ":" + endpoints.get("POSTGRES_PORT") + "/"
				+ database;
		try (Connection connection = DriverManager.getConnection(url, endpoints.get("POSTGRES_USER"),
				endpoints.get("POSTGRES_PASSWORD")); Statement statement = connection.createStatement()) {
			boolean resultSet = statement.execute(sql);
			while (!resultSet && statement.getUpdateCount() != -1) {
				resultSet = statement.getMoreResults();
			}
			try (ResultSet result = statement.getResultSet()) {
				assertThat(result.next()).isTrue();
				return result.getString(1);
			}
		}
	}

	private static <T> T redis(Map<String, String> endpoints, Function<RedisCommands<String, String>, T> action) {
		RedisClient client = RedisClient.create(endpoints.get("REDIS_URL"));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return action.apply(connection.sync());
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	private static <T> T kafka(Map<String, String> endpoints, Function<Admin, KafkaFuture<T>> action) throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.get("KAFKA_BOOTSTRAP_SERVERS")))) {
			return action.apply(admin).get(30, TimeUnit.SECONDS);
		}
	}

}
