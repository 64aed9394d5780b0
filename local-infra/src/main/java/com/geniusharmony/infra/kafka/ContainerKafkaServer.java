package com.geniusharmony.infra.kafka;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

import com.geniusharmony.infra.server.Source;

/**
 * A KRaft broker in an {@code apache/kafka} container of the same version as the Kafka
 * client.
 */
final class ContainerKafkaServer implements KafkaServer {

	private final KafkaContainer container;

	private ContainerKafkaServer(KafkaContainer container) {
		this.container = container;
	}

	static ContainerKafkaServer launch() {
		KafkaContainer container = new KafkaContainer("apache/kafka:" + AppInfoParser.getVersion());
		container.start();
		return new ContainerKafkaServer(container);
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
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
