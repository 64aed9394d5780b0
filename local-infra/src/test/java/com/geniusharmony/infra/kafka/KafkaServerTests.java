package com.geniusharmony.infra.kafka;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.server.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KafkaServerTests {

	@Test
	void readsBootstrapServersFromEnvironment() {
		KafkaServer kafka = KafkaServer
			.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", " broker1:9092,broker2:9092 "))
			.orElseThrow();
		assertThat(kafka.bootstrapServers()).isEqualTo("broker1:9092,broker2:9092");
		assertThat(kafka.source()).isEqualTo(Source.ENVIRONMENT);
	}

	@Test
	void namesNoBrokerWithoutVariable() {
		assertThat(KafkaServer.fromEnvironment(Map.of())).isEmpty();
		assertThat(KafkaServer.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", ""))).isEmpty();
	}

	@Test
	void cannotKillBrokerNamedByEnvironment() {
		KafkaServer kafka = KafkaServer.fromEnvironment(Map.of("KAFKA_BOOTSTRAP_SERVERS", "broker:9092")).orElseThrow();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(kafka::kill)
			.withMessageContaining("ENVIRONMENT");
	}

}
