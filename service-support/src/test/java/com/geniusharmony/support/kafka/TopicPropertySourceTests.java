package com.geniusharmony.support.kafka;

import java.util.Map;

import com.geniusharmony.events.Topic;
import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class TopicPropertySourceTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	TopicPropertySourceTests() {
		this.environment.getPropertySources().addLast(new TopicPropertySource(this.environment));
	}

	@Test
	void namesEveryTopicOfTheContracts() {
		assertThat(this.environment.getProperty("harmony.topics.tasks")).isEqualTo("harmony.tasks");
		assertThat(this.environment.getProperty("harmony.topics.odoo-links")).isEqualTo("harmony.odoo-links");
		assertThat(TopicPropertySource.propertyOf(Topic.ODOO_LINKS)).isEqualTo("harmony.topics.odoo-links");
		assertThat(this.environment.getProperty("harmony.topics.invoices")).isNull();
	}

	@Test
	void followsASuffixSetAfterItWasAdded() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("harmony.topic.suffix", "run-7")));

		assertThat(this.environment.resolvePlaceholders("${harmony.topics.users}")).isEqualTo("harmony.users.run-7");
	}

}
