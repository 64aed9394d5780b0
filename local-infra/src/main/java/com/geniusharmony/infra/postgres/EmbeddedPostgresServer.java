package com.geniusharmony.infra.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.ChildProcess;
import com.geniusharmony.infra.server.EmbeddedServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.StartupWait;

/**
 * A PostgreSQL server run from the embedded binaries on 127.0.0.1 with trust
 * authentication and without fsync; as {@code nobody} when this JVM is root, since
 * PostgreSQL refuses root.
 */
final class EmbeddedPostgresServer extends EmbeddedServer implements PostgresServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USER = "postgres";

	private static final Duration STARTUP = Duration.ofMinutes(1);

	private static final Duration PROBE = Duration.ofMillis(100);

	private final Path binaries;

	private final Path directory;

	private final Path data;

	private EmbeddedPostgresServer(Path binaries, Path directory, int port) {
		super("PostgreSQL", port, STARTUP);
		this.binaries = binaries;
		this.directory = directory;
		this.data = directory.resolve("data");
	}

	static EmbeddedPostgresServer launch(Path directory, int port) {
		Path binaries = PostgresBinaries.install();
		ChildCommand.createWritable(directory);
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, directory.toAbsolutePath(), port);
		server.initialize();
		server.start();
		return server;
	}

	@Override
	public String username() {
		return USER;
	}

	@Override
	public String password() {
		return "";
	}

	@Override
	protected List<String> command() {
		Ports.requireFree(port(), "PostgreSQL");
		return ChildCommand.of(List.of(binary("postgres"), "-D", this.data.toString(), "-p", String.valueOf(port()),
				"-h", "127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c", "synchronous_commit=off",
				"-c", "full_page_writes=off", "-c", "max_connections=300"), "INT", true);
	}

	@Override
	protected Path logFile() {
		return this.directory.resolve("postgres.log");
	}

	@Override
	protected void shutDown(ChildProcess server) {
		if (server.isAlive()) {
			try {
				// SIGTERM would wait for every client to disconnect; pg_ctl's fast mode
				// ends them
				ChildProcess.run("pg_ctl stop", ChildCommand.of(
						List.of(binary("pg_ctl"), "stop", "-D", this.data.toString(), "-m", "fast", "-w", "-t", "60"),
						"TERM", true), logFile(), Duration.ofSeconds(90));
			}
			catch (IllegalStateException ex) {
				logger.warn("PostgreSQL on port {} did not stop cleanly, killing it: {}", port(), ex.getMessage());
			}
		}
		if (!server.awaitExit(Duration.ofSeconds(30))) {
			server.kill();
		}
	}

	private void initialize() {
		if (Files.exists(this.data.resolve("PG_VERSION"))) {
			return;
		}
		List<String> initdb = List.of(binary("initdb"), "-D", this.data.toString(), "-U", USER, "-A", "trust", "-E",
				"UTF8", "--locale=C", "--no-sync");
		try {
			ChildProcess.run("initdb", ChildCommand.of(initdb, "TERM", true), this.directory.resolve("initdb.log"),
					Duration.ofMinutes(2));
		}
		catch (IllegalStateException ex) {
			if (!ChildCommand.isRoot()) {
				throw ex;
			}
			throw new IllegalStateException("PostgreSQL runs as nobody because this JVM runs as root, so "
					+ this.directory + " and every directory above it must be reachable by nobody. " + ex.getMessage(),
					ex);
		}
	}

	private String binary(String name) {
		return this.binaries.resolve("bin").resolve(name).toString();
	}

	@Override
	protected void awaitReady(StartupWait wait) {
		String url = jdbcUrl("postgres") + "?connectTimeout=5";
		wait.until(() -> Ports.answers("127.0.0.1", port(), PROBE) && acceptsConnections(url));
	}

	private boolean acceptsConnections(String url) {
		try (Connection connection = DriverManager.getConnection(url, USER, "")) {
			return connection.isValid(5);
		}
		catch (SQLException ex) {
			logger.debug("PostgreSQL on port {} does not answer yet: {}", port(), ex.getMessage());
			return false;
		}
	}

}
