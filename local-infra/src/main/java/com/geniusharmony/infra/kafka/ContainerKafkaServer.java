package com.geniusharmony.infra.kafka;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

import com.geniusharmony.infra.server.ContainerServer;

/**
 * A KRaft broker in an {@code apache/kafka} container of the same version as the Kafka
 * client.
 */
final class ContainerKafkaServer extends ContainerServer<KafkaContainer> implements KafkaServer {

	private ContainerKafkaServer(KafkaContainer container) {
		super(container);
	}

	static ContainerKafkaServer launch() {
		KafkaContainer container = new KafkaContainer("apache/kafka:" + AppInfoParser.getVersion());
		container.start();
		return new ContainerKafkaServer(container);
	}

	@Override
	public String bootstrapServers() {
		return container().getBootstrapServers();
	}

}
