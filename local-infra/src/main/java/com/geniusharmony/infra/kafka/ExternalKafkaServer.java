package com.geniusharmony.infra.kafka;

import com.geniusharmony.infra.server.Source;

/**
 * A broker named by the environment.
 */
record ExternalKafkaServer(String bootstrapServers) implements KafkaServer {

	@Override
	public Source source() {
		return Source.ENVIRONMENT;
	}

	@Override
	public void close() {
	}

}
