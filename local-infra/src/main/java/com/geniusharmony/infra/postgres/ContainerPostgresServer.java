package com.geniusharmony.infra.postgres;

import org.testcontainers.postgresql.PostgreSQLContainer;

import com.geniusharmony.infra.server.Source;

/**
 * A server in a {@code postgres} container.
 */
final class ContainerPostgresServer implements PostgresServer {

	private final PostgreSQLContainer container;

	private ContainerPostgresServer(PostgreSQLContainer container) {
		this.container = container;
	}

	static ContainerPostgresServer launch() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withUsername("postgres")
			.withPassword("postgres");
		container.start();
		return new ContainerPostgresServer(container);
	}

	@Override
	public String host() {
		return this.container.getHost();
	}

	@Override
	public int port() {
		return this.container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
	}

	@Override
	public String username() {
		return this.container.getUsername();
	}

	@Override
	public String password() {
		return this.container.getPassword();
	}

	@Override
	public Source source() {
		return Source.CONTAINER;
	}

	@Override
	public void close() {
		this.container.stop();
	}

}
