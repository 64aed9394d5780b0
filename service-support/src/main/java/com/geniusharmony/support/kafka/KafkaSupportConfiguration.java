package com.geniusharmony.support.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.geniusharmony.events.Topic;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListenerConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Declares every topic of the contracts (and its dead-letter twin) so that whichever
 * service starts first creates them with the right partition count; the one inbound
 * adapter (listeners take an {@code EventEnvelope}); the one error handler of all
 * listeners (unreadable records parked on the dead-letter topic at once, other failures
 * retried with back-off); and the {@code kafka} health indicator.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({ TopicProperties.class, ConsumerRetryProperties.class })
public class KafkaSupportConfiguration {

	@Bean
	TopicNames topicNames(TopicProperties properties) {
		return new TopicNames(properties.suffix());
	}

	/**
	 * The dead-letter record keeps the original key, value and partition; spring-kafka
	 * adds the reason and the origin (topic, partition, offset) as {@code kafka_dlt-*}
	 * headers. Each parked record counts in {@link DeadLetterMetrics}.
	 */
	@Bean
	CommonErrorHandler kafkaErrorHandler(KafkaOperations<Object, Object> kafkaTemplate, TopicNames topicNames,
			ConsumerRetryProperties retry, MeterRegistry meters) {
		DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafkaTemplate,
				(record, ex) -> new TopicPartition(topicNames.deadLetterOf(record.topic()), record.partition()));
		DeadLetterMetrics deadLetters = new DeadLetterMetrics(meters, topicNames);
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			publisher.accept(record, ex);
			deadLetters.parked(record.topic(), ex);
		};
		ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		if (retry.maxElapsed() != null) {
			backOff.setMaxElapsedTime(retry.maxElapsed().toMillis());
		}
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(UnreadableEventException.class);
		return handler;
	}

	/**
	 * Listeners take the {@code EventEnvelope} itself; reading the record is the
	 * adapter's.
	 */
	@Bean
	KafkaListenerConfigurer eventEnvelopeArguments() {
		return (registrar) -> registrar.setCustomMethodArgumentResolvers(new EventEnvelopeArgumentResolver());
	}

	@Bean
	KafkaAdmin.NewTopics harmonyTopics(TopicProperties properties) {
		NewTopic[] topics = Arrays.stream(Topic.values())
			.flatMap((topic) -> Stream.of(topic.name(properties.suffix()), topic.deadLetterName(properties.suffix())))
			.map((name) -> TopicBuilder.name(name).partitions(Topic.PARTITIONS).build())
			.toArray(NewTopic[]::new);
		return new KafkaAdmin.NewTopics(topics);
	}

	@Bean(destroyMethod = "close")
	Admin kafkaHealthAdmin(KafkaAdmin kafkaAdmin) {
		Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
		config.put(AdminClientConfig.CLIENT_ID_CONFIG, "health-check");
		return Admin.create(config);
	}

	@Bean
	KafkaHealthIndicator kafkaHealthIndicator(Admin kafkaHealthAdmin) {
		return new KafkaHealthIndicator(kafkaHealthAdmin, Duration.ofSeconds(3));
	}

}
