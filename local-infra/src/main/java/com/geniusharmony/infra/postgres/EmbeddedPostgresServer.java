package com.geniusharmony.infra.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.geniusharmony.infra.server.ChildCommand;
import com.geniusharmony.infra.server.ChildProcess;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.Source;

/**
 * A PostgreSQL server run from the embedded binaries on 127.0.0.1 with trust
 * authentication and without fsync; as {@code nobody} when this JVM is root, since
 * PostgreSQL refuses root.
 */
final class EmbeddedPostgresServer implements PostgresServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String USER = "postgres";

	private static final Duration STARTUP = Duration.ofMinutes(1);

	private static final Duration PAUSE = Duration.ofMillis(100);

	private final Path binaries;

	private final Path directory;

	private final Path data;

	private final int port;

	private @Nullable ChildProcess process;

	private EmbeddedPostgresServer(Path binaries, Path directory, int port) {
		this.binaries = binaries;
		this.directory = directory;
		this.data = directory.resolve("data");
		this.port = port;
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
	public String host() {
		return "127.0.0.1";
	}

	@Override
	public int port() {
		return this.port;
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
	public Source source() {
		return Source.EMBEDDED;
	}

	@Override
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		Ports.requireFree(this.port, "PostgreSQL");
		long started = System.nanoTime();
		ChildProcess server = ChildProcess.start("PostgreSQL",
				ChildCommand.of(
						List.of(binary("postgres"), "-D", this.data.toString(), "-p", String.valueOf(this.port), "-h",
								"127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=off", "-c",
								"synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"),
						"INT", true),
				this.directory.resolve("postgres.log"));
		this.process = server;
		try {
			awaitReady(server);
		}
		catch (RuntimeException ex) {
			server.kill();
			this.process = null;
			throw ex;
		}
		logger.info("PostgreSQL (pid {}) answers on 127.0.0.1:{} after {} ms", server.pid(), this.port,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
	}

	@Override
	public synchronized void stop() {
		ChildProcess server = this.process;
		if (server == null) {
			return;
		}
		this.process = null;
		if (server.isAlive()) {
			try {
				// SIGTERM would wait for every client to disconnect; pg_ctl's fast mode
				// ends them
				ChildProcess.run("pg_ctl stop",
						ChildCommand.of(List.of(binary("pg_ctl"), "stop", "-D", this.data.toString(), "-m", "fast",
								"-w", "-t", "60"), "TERM", true),
						this.directory.resolve("postgres.log"), Duration.ofSeconds(90));
			}
			catch (IllegalStateException ex) {
				logger.warn("PostgreSQL on port {} did not stop cleanly, killing it: {}", this.port, ex.getMessage());
			}
		}
		if (!server.awaitExit(Duration.ofSeconds(30))) {
			server.kill();
		}
	}

	@Override
	public void close() {
		stop();
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

	private void awaitReady(ChildProcess server) {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		String url = jdbcUrl("postgres") + "?connectTimeout=5";
		while (true) {
			if (Ports.answers("127.0.0.1", this.port, PAUSE)) {
				try (Connection connection = DriverManager.getConnection(url, USER, "")) {
					if (connection.isValid(5)) {
						return;
					}
				}
				catch (SQLException ex) {
					logger.debug("PostgreSQL on port {} does not answer yet: {}", this.port, ex.getMessage());
				}
			}
			if (server.awaitExit(PAUSE)) {
				throw server.failure("exited before answering on port " + this.port);
			}
			if (System.nanoTime() > deadline) {
				throw server.failure("did not answer on port " + this.port + " within " + STARTUP.toSeconds() + " s");
			}
		}
	}

}
