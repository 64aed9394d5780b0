package com.geniusharmony.infra.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresServerIntegrationTests {

	private static Path directory;

	private static PostgresServer server;

	@BeforeAll
	static void startOwnServer() {
		directory = Directories.temporaryForThisProcess("harmony-infra-test-");
		server = PostgresServer.embedded(directory.resolve("postgres"), Ports.free());
	}

	@AfterAll
	static void stopOwnServer() {
		server.close();
		Directories.delete(directory);
	}

	@Test
	void createsQueriesAndDropsDatabase() throws SQLException {
		PostgresServer postgres = Infrastructure.shared().postgres();
		String database = postgres.createDatabase("Orders-Test");
		assertThat(database).startsWith("orders_test_");
		try (Connection connection = connect(postgres, database); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE item (id int PRIMARY KEY, name text)");
			statement.execute("INSERT INTO item VALUES (1, 'pen')");
			assertThat(single(statement, "SELECT name FROM item WHERE id = 1")).isEqualTo("pen");
			assertThat(single(statement, "SELECT current_database()")).isEqualTo(database);
		}
		postgres.dropDatabase(database);
		assertThat(exists(postgres, database)).isFalse();
	}

	@Test
	void givesEveryCallerItsOwnDatabase() {
		PostgresServer postgres = Infrastructure.shared().postgres();
		String first = postgres.createDatabase("same");
		String second = postgres.createDatabase("same");
		try {
			assertThat(first).isNotEqualTo(second);
			assertThat(exists(postgres, first)).isTrue();
			assertThat(exists(postgres, second)).isTrue();
		}
		finally {
			postgres.dropDatabase(first);
			postgres.dropDatabase(second);
		}
	}

	@Test
	void dropsDatabaseThatStillHasSessions() throws SQLException {
		PostgresServer postgres = Infrastructure.shared().postgres();
		String database = postgres.createDatabase("busy");
		try (Connection session = connect(postgres, database)) {
			postgres.dropDatabase(database);
			assertThat(exists(postgres, database)).isFalse();
		}
	}

	@Test
	void refusesToDropNameItDoesNotQuote() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> server.dropDatabase("x\"; DROP DATABASE postgres; --"));
	}

	@Test
	void restartKeepsDataOnSamePort() throws SQLException {
		String database = server.createDatabase("durable");
		try (Connection connection = connect(server, database); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (value text)");
			statement.execute("INSERT INTO kept VALUES ('still here')");
		}
		int port = server.port();
		server.stop();
		assertThat(Ports.answers("127.0.0.1", port, Duration.ofSeconds(1))).isFalse();
		server.start();
		assertThat(server.port()).isEqualTo(port);
		try (Connection connection = connect(server, database); Statement statement = connection.createStatement()) {
			assertThat(single(statement, "SELECT value FROM kept")).isEqualTo("still here");
		}
	}

	@Test
	void runsEmbeddedServerAsNobodyWhenRoot() throws SQLException {
		try (Connection connection = connect(server, "postgres"); Statement statement = connection.createStatement()) {
			long pid = Long.parseLong(single(statement, "SELECT pg_backend_pid()::text"));
			String user = ProcessHandle.of(pid).orElseThrow().info().user().orElseThrow();
			assertThat(user).isEqualTo(ChildCommand.isRoot() ? "nobody" : System.getProperty("user.name"));
		}
	}

	@Test
	void createsNamedDatabaseOnlyOnce() {
		server.createDatabaseIfMissing("named_once");
		server.createDatabaseIfMissing("named_once");
		assertThat(exists(server, "named_once")).isTrue();
	}

	static boolean exists(PostgresServer postgres, String database) {
		try (Connection connection = connect(postgres, "postgres");
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + database + "'")) {
			result.next();
			return result.getInt(1) == 1;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection connect(PostgresServer postgres, String database) throws SQLException {
		return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
	}

	private static String single(Statement statement, String query) throws SQLException {
		try (ResultSet result = statement.executeQuery(query)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
