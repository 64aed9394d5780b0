package com.geniusharmony.scheduler;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A fresh database of the scheduler on the shared PostgreSQL server, migrated as the
 * service migrates it, for tests that wire the classes by hand; {@link #close()} drops
 * it.
 */
public final class SchedulerDatabase implements AutoCloseable {

	private final PostgresServer server;

	private final String name;

	private final ConnectionPool pool;

	private final DatabaseClient client;

	private SchedulerDatabase(PostgresServer server, String name) {
		this.server = server;
		this.name = name;
		Flyway.configure().dataSource(server.jdbcUrl(name), server.username(), server.password()).load().migrate();
		ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(server.r2dbcUrl(name))
			.mutate()
			.option(ConnectionFactoryOptions.USER, server.username());
		if (!server.password().isEmpty()) {
			options.option(ConnectionFactoryOptions.PASSWORD, server.password());
		}
		this.pool = new ConnectionPool(
				ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build())).maxSize(12).build());
		this.client = DatabaseClient.create(this.pool);
	}

	public static SchedulerDatabase create() {
		PostgresServer server = Infrastructure.shared().postgres();
		return new SchedulerDatabase(server, server.createDatabase("scheduler"));
	}

	public DatabaseClient client() {
		return this.client;
	}

	@Override
	public void close() {
		this.pool.dispose();
		this.server.dropDatabase(this.name);
	}

}
