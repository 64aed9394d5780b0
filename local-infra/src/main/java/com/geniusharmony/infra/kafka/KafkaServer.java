package com.geniusharmony.infra.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.geniusharmony.infra.server.InfraServer;

/**
 * A Kafka broker that answers at {@link #bootstrapServers()}; only an embedded one can be
 * stopped, started again on the same port and data, and killed.
 */
public interface KafkaServer extends InfraServer {

	/**
	 * The environment variable naming a broker to use instead of starting one.
	 */
	String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";

	String bootstrapServers();

	/**
	 * Kills the broker process (SIGKILL), as a crash would; {@link #start()} brings it
	 * back.
	 */
	default void kill() {
		throw notEmbedded();
	}

	/**
	 * Reads the broker named by {@code KAFKA_BOOTSTRAP_SERVERS}.
	 * @param environment the environment variables
	 * @return the broker, or empty when the variable is not set
	 */
	static Optional<KafkaServer> fromEnvironment(Map<String, String> environment) {
		String bootstrapServers = environment.get(BOOTSTRAP_SERVERS);
		if (bootstrapServers == null || bootstrapServers.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new ExternalKafkaServer(bootstrapServers.trim()));
	}

	/**
	 * Starts a broker in a container ({@code apache/kafka} image, KRaft); needs a Docker
	 * engine.
	 * @return the running broker
	 */
	static KafkaServer container() {
		return ContainerKafkaServer.launch();
	}

	/**
	 * Starts a KRaft broker in its own JVM, or starts it again on data it left.
	 * @param directory where its configuration, data and log live
	 * @param port the PLAINTEXT port on 127.0.0.1
	 * @param controllerPort the CONTROLLER port on 127.0.0.1
	 * @return the running broker
	 */
	static KafkaServer embedded(Path directory, int port, int controllerPort) {
		return EmbeddedKafkaServer.launch(directory, port, controllerPort);
	}

}
