package com.geniusharmony.infra.redis;

import java.net.URI;

import com.geniusharmony.infra.server.Source;

/**
 * A server named by {@code REDIS_URL}.
 */
record ExternalRedisServer(String uri) implements RedisServer {

	@Override
	public String host() {
		return URI.create(this.uri).getHost();
	}

	@Override
	public int port() {
		int port = URI.create(this.uri).getPort();
		return (port != -1) ? port : 6379;
	}

	@Override
	public Source source() {
		return Source.ENVIRONMENT;
	}

	@Override
	public void close() {
	}

	@Override
	public String toString() {
		return "ExternalRedisServer[" + host() + ":" + port() + "]";
	}

}
