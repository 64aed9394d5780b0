package com.geniusharmony.core.outbox;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the relay: its own idempotent producer and a connection factory outside the pool
 * for the relay lock.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

	@Bean
	OutboxMetrics outboxMetrics(MeterRegistry registry) {
		return new OutboxMetrics(registry);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "harmony.outbox.enabled", matchIfMissing = true)
	OutboxRelay outboxRelay(KafkaProperties kafka, ConnectionFactory connectionFactory, OutboxMetrics metrics,
			OutboxProperties properties, @Value("${harmony.topic.suffix:}") String suffix) {
		Map<String, Object> producerConfig = producerConfig(kafka);
		return new OutboxRelay(() -> new OutboxPublisher(producerConfig, suffix), unpooled(connectionFactory), metrics,
				properties);
	}

	static Map<String, Object> producerConfig(KafkaProperties kafka) {
		Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
		config.put(ProducerConfig.CLIENT_ID_CONFIG, "core-outbox-relay");
		// Idempotent: a retried batch is written once, and up to five in-flight requests
		// keep their order.
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		// Every send ends (acknowledged or failed) within these bounds, so the relay
		// never
		// waits forever and never gives up on a record the producer might still deliver.
		config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
		return config;
	}

	@SuppressWarnings("unchecked")
	private static ConnectionFactory unpooled(ConnectionFactory connectionFactory) {
		// The relay lock lives as long as one connection: it must not be a pooled one
		// that goes back to the pool.
		if (connectionFactory instanceof Wrapped<?> wrapped && wrapped.unwrap() instanceof ConnectionFactory inner) {
			return inner;
		}
		return connectionFactory;
	}

}
