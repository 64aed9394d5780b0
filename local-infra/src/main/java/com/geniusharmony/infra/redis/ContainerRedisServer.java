package com.geniusharmony.infra.redis;

import org.testcontainers.containers.GenericContainer;

import com.geniusharmony.infra.server.Source;

/**
 * A server in a {@code redis} container.
 */
final class ContainerRedisServer implements RedisServer {

	private static final int REDIS_PORT = 6379;

	private final GenericContainer<?> container;

	private ContainerRedisServer(GenericContainer<?> container) {
		this.container = container;
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
		return this.container.getHost();
	}

	@Override
	public int port() {
		return this.container.getMappedPort(REDIS_PORT);
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
