package com.geniusharmony.infra.redis;

import org.testcontainers.containers.GenericContainer;

import com.geniusharmony.infra.server.ContainerServer;

/**
 * A server in a {@code redis} container.
 */
final class ContainerRedisServer extends ContainerServer<GenericContainer<?>> implements RedisServer {

	private static final int REDIS_PORT = 6379;

	private ContainerRedisServer(GenericContainer<?> container) {
		super(container);
	}

	static ContainerRedisServer launch() {
		GenericContainer<?> container = new GenericContainer<>("redis:7.4-alpine").withExposedPorts(REDIS_PORT);
		container.start();
		return new ContainerRedisServer(container);
	}

	@Override
	public String uri() {
		return "redis://" + host() + ":" + port();
	}

	@Override
	public String host() {
		return container().getHost();
	}

	@Override
	public int port() {
		return container().getMappedPort(REDIS_PORT);
	}

}
