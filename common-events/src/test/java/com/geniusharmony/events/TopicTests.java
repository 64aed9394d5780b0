package com.geniusharmony.events;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopicTests {

	@Test
	void emptySuffixGivesThePlainNames() {
		assertThat(Arrays.stream(Topic.values()).map((topic) -> topic.name(""))).containsExactly("harmony.users",
				"harmony.projects", "harmony.tasks", "harmony.ticks", "harmony.odoo-links");
	}

	@Test
	void suffixIsJoinedWithADot() {
		assertThat(Topic.TASKS.name("it-42")).isEqualTo("harmony.tasks.it-42");
	}

	@Test
	void deadLetterTopicAppendsDltAfterTheSuffix() {
		assertThat(Topic.TASKS.deadLetterName("")).isEqualTo("harmony.tasks-dlt");
		assertThat(Topic.ODOO_LINKS.deadLetterName("it-42")).isEqualTo("harmony.odoo-links.it-42-dlt");
	}

	@Test
	void everyTopicAndItsDeadLetterTopicHaveSixPartitions() {
		assertThat(Topic.PARTITIONS).isEqualTo(6);
		assertThat(Topic.values()).allSatisfy((topic) -> assertThat(topic.partitions()).isEqualTo(6));
	}

	@Test
	void findsTheTopicFromItsNameWithTheSameSuffix() {
		for (Topic topic : Topic.values()) {
			assertThat(Topic.fromName(topic.name("it-42"), "it-42")).contains(topic);
			assertThat(Topic.fromName(topic.name(""), "")).contains(topic);
		}
	}

	@Test
	void findsNoTopicForAnotherSuffixOrADeadLetterName() {
		assertThat(Topic.fromName("harmony.tasks.it-42", "")).isEmpty();
		assertThat(Topic.fromName("harmony.tasks", "it-42")).isEmpty();
		assertThat(Topic.fromName("harmony.tasks-dlt", "")).isEmpty();
		assertThat(Topic.fromName("harmony.comments", "")).isEmpty();
	}

	@Test
	void findsTheTopicADeadLetterTopicBelongsTo() {
		for (Topic topic : Topic.values()) {
			assertThat(Topic.fromDeadLetterName(topic.deadLetterName("it-42"), "it-42")).contains(topic);
		}
		assertThat(Topic.fromDeadLetterName("harmony.tasks", "")).isEmpty();
	}

	@Test
	void rejectsASuffixKafkaWouldNotAccept() {
		assertThatIllegalArgumentException().isThrownBy(() -> Topic.USERS.name("it/42")).withMessageContaining("it/42");
		assertThatIllegalArgumentException().isThrownBy(() -> Topic.USERS.name("x".repeat(240)))
			.withMessageContaining("too long");
	}

}
