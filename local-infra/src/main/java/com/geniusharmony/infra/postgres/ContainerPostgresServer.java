package com.geniusharmony.infra.postgres;

import org.testcontainers.postgresql.PostgreSQLContainer;

import com.geniusharmony.infra.server.ContainerServer;

/**
 * A server in a {@code postgres} container.
 */
final class ContainerPostgresServer extends ContainerServer<PostgreSQLContainer> implements PostgresServer {

	private ContainerPostgresServer(PostgreSQLContainer container) {
		super(container);
	}

	static ContainerPostgresServer launch() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withUsername("postgres")
			.withPassword("postgres");
		container.start();
		return new ContainerPostgresServer(container);
	}

	@Override
	public String host() {
		return container().getHost();
	}

	@Override
	public int port() {
		return container().getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	public String username() {
		return container().getUsername();
	}

	@Override
	public String password() {
		return container().getPassword();
	}

}
