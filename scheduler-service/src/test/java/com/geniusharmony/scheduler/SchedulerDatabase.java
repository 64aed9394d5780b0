package com.geniusharmony.scheduler;

import java.time.Duration;
import java.util.List;

import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import com.geniusharmony.support.kafka.EventRecords;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.flywaydb.core.Flyway;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

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

	private SchedulerDatabase(PostgresServer server, String name, String version) {
		this.server = server;
		this.name = name;
		migrate(version);
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
		return createAt("latest");
	}

	/**
	 * A database migrated up to a version only, to test the migrations after it.
	 */
	public static SchedulerDatabase createAt(String version) {
		PostgresServer server = Infrastructure.shared().postgres();
		return new SchedulerDatabase(server, server.createDatabase("scheduler"), version);
	}

	/**
	 * Applies the migrations up to a version, or all of them with {@code latest}.
	 */
	public void migrate(String version) {
		Flyway.configure()
			.dataSource(this.server.jdbcUrl(this.name), this.server.username(), this.server.password())
			.target(version)
			.load()
			.migrate();
	}

	public DatabaseClient client() {
		return this.client;
	}

	public TransactionalOperator transactions() {
		return TransactionalOperator.create(new R2dbcTransactionManager(this.pool));
	}

	/**
	 * The ticks in the outbox, in the order they were written.
	 */
	public List<Tick> outboxTicks() {
		return this.client.sql("select payload from outbox where topic = 'TICKS' order by id")
			.map((row) -> (Tick) EventRecords.read(row.get(0, byte[].class)).payload())
			.all()
			.collectList()
			.block(Duration.ofSeconds(30));
	}

	@Override
	public void close() {
		this.pool.dispose();
		this.server.dropDatabase(this.name);
	}

}
