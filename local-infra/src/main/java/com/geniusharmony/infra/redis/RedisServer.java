package com.geniusharmony.infra.redis;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.geniusharmony.infra.server.InfraServer;

/**
 * A Redis server at {@link #uri()}; only an embedded one can be stopped and started again
 * on the same port.
 */
public interface RedisServer extends InfraServer {

	/**
	 * The URI clients connect to, {@code redis://host:port} unless the environment gave
	 * another.
	 * @return the URI
	 */
	String uri();

	String host();

	int port();

	/**
	 * Reads the server named by {@code REDIS_URL}.
	 * @param environment the environment variables
	 * @return the server, or empty when {@code REDIS_URL} is not set
	 */
	static Optional<RedisServer> fromEnvironment(Map<String, String> environment) {
		String url = environment.get("REDIS_URL");
		if (url == null || url.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new ExternalRedisServer(url.trim()));
	}

	/**
	 * Starts a server in a container; needs a Docker engine.
	 * @return the running server
	 */
	static RedisServer container() {
		return ContainerRedisServer.launch();
	}

	/**
	 * Starts the embedded {@code redis-server}.
	 * @param directory where its binary, data and log live
	 * @param port the port on 127.0.0.1
	 * @param persistent whether it saves its data to the directory (on shutdown and every
	 * minute with changes), so that a restart keeps it
	 * @return the running server
	 */
	static RedisServer embedded(Path directory, int port, boolean persistent) {
		return EmbeddedRedisServer.launch(directory, port, persistent);
	}

}
