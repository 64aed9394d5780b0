package com.geniusharmony.support.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.geniusharmony.events.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every topic of the contracts (and its dead-letter twin) so that whichever service starts first
 * creates them with the right partition count, and registers the {@code kafka} health indicator.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(TopicProperties.class)
public class KafkaSupportConfiguration {

	@Bean
	KafkaAdmin.NewTopics harmonyTopics(TopicProperties properties) {
		NewTopic[] topics = Arrays.stream(Topic.values())
			.flatMap((topic) -> Stream.of(topic.name(properties.suffix()),
					topic.deadLetterName(properties.suffix())))
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
