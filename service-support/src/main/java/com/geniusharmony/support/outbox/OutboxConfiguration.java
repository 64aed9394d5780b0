package com.geniusharmony.support.outbox;

import java.util.HashMap;
import java.util.Map;

import com.geniusharmony.support.kafka.TopicNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Wires the outbound edge: the writer, and the relay with its own idempotent producer and
 * its own connection for the relay lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

	@Bean
	OutboxWriter outboxWriter(DatabaseClient database) {
		return new OutboxWriter(database);
	}

	@Bean
	OutboxMetrics outboxMetrics(MeterRegistry registry) {
		return new OutboxMetrics(registry);
	}

	@Bean
	OutboxRelay outboxRelay(KafkaProperties kafka, TopicNames topics, ConnectionFactory connectionFactory,
			ObjectProvider<PublishedEventsListener> listeners, OutboxMetrics metrics, OutboxProperties properties,
			@Value("${spring.application.name}") String service) {
		Map<String, Object> producerConfig = producerConfig(kafka, service + "-outbox-relay");
		return new OutboxRelay(
				() -> new OutboxPublisher(producerConfig, topics), (onWake) -> new RelayLeadership(connectionFactory,
						service + "-outbox-relay", properties.lockKey(), properties.pollInterval(), onWake),
				listeners.orderedStream().toList(), metrics, properties);
	}

	static Map<String, Object> producerConfig(KafkaProperties kafka, String clientId) {
		Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
		config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
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

}
