package com.geniusharmony.infra.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Creates and drops databases through the server's {@code postgres} database.
 */
final class Databases {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String DUPLICATE_DATABASE = "42P04";

	private Databases() {
	}

	static String create(PostgresServer server, String prefix) {
		String start = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
		if (start.isEmpty() || !Character.isLetter(start.charAt(0))) {
			start = "db_" + start;
		}
		start = start.substring(0, Math.min(start.length(), 40));
		while (true) {
			String name = start + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
			try {
				execute(server, "CREATE DATABASE \"" + name + "\"");
				return name;
			}
			catch (SQLException ex) {
				if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
					throw failure(server, "create database " + name, ex);
				}
			}
		}
	}

	static void createIfMissing(PostgresServer server, String name) {
		requireValid(name);
		try (Connection connection = connect(server);
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (ResultSet result = exists.executeQuery()) {
				if (result.next()) {
					return;
				}
			}
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE DATABASE \"" + name + "\"");
			}
		}
		catch (SQLException ex) {
			if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
				throw failure(server, "create database " + name, ex);
			}
		}
	}

	static void drop(PostgresServer server, String name) {
		requireValid(name);
		try {
			execute(server, "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw failure(server, "drop database " + name, ex);
		}
	}

	private static void requireValid(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a database name this module creates: " + name);
		}
	}

	private static void execute(PostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(PostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl("postgres") + "?connectTimeout=10", server.username(),
				server.password());
	}

	private static IllegalStateException failure(PostgresServer server, String action, SQLException ex) {
		return new IllegalStateException("Could not " + action + " on PostgreSQL at " + server.host() + ":"
				+ server.port() + ": " + ex.getMessage(), ex);
	}

}
