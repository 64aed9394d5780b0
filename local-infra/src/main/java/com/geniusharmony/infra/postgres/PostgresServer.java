package com.geniusharmony.infra.postgres;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.geniusharmony.infra.server.InfraServer;

/**
 * A PostgreSQL server and the databases a test creates on it; only an embedded one can be
 * stopped and started again on the same port and data.
 */
public interface PostgresServer extends InfraServer {

	String host();

	int port();

	String username();

	String password();

	/**
	 * Creates a database with a name no other caller gets.
	 * @param prefix the start of the name; characters other than letters, digits and
	 * {@code _} become {@code _}
	 * @return the name of the new database
	 */
	default String createDatabase(String prefix) {
		return Databases.create(this, prefix);
	}

	/**
	 * Creates a database unless it exists.
	 * @param name the exact name (lower-case letters, digits and {@code _})
	 */
	default void createDatabaseIfMissing(String name) {
		Databases.createIfMissing(this, name);
	}

	/**
	 * Drops a database, ending the sessions still connected to it; a missing one is fine.
	 * @param name the name
	 */
	default void dropDatabase(String name) {
		Databases.drop(this, name);
	}

	/**
	 * The JDBC URL of a database; user and password are {@link #username()} and
	 * {@link #password()}.
	 * @param database the database
	 * @return the URL
	 */
	default String jdbcUrl(String database) {
		return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
	}

	/**
	 * The R2DBC URL of a database; user and password are {@link #username()} and
	 * {@link #password()}.
	 * @param database the database
	 * @return the URL
	 */
	default String r2dbcUrl(String database) {
		return "r2dbc:postgresql://" + host() + ":" + port() + "/" + database;
	}

	/**
	 * Reads the server named by {@code POSTGRES_HOST}, {@code POSTGRES_PORT} (default
	 * 5432), {@code POSTGRES_USER} (default {@code postgres}) and
	 * {@code POSTGRES_PASSWORD} (default empty).
	 * @param environment the environment variables
	 * @return the server, or empty when {@code POSTGRES_HOST} is not set
	 */
	static Optional<PostgresServer> fromEnvironment(Map<String, String> environment) {
		String host = environment.get("POSTGRES_HOST");
		if (host == null || host.isBlank()) {
			return Optional.empty();
		}
		String port = environment.getOrDefault("POSTGRES_PORT", "5432");
		return Optional.of(new ExternalPostgresServer(host.trim(), Integer.parseInt(port.trim()),
				environment.getOrDefault("POSTGRES_USER", "postgres"),
				environment.getOrDefault("POSTGRES_PASSWORD", "")));
	}

	/**
	 * Starts a server in a container; needs a Docker engine.
	 * @return the running server
	 */
	static PostgresServer container() {
		return ContainerPostgresServer.launch();
	}

	/**
	 * Starts a server from the embedded binaries, creating its data on first start.
	 * @param directory where its data and log live
	 * @param port the port on 127.0.0.1
	 * @return the running server
	 */
	static PostgresServer embedded(Path directory, int port) {
		return EmbeddedPostgresServer.launch(directory, port);
	}

}
