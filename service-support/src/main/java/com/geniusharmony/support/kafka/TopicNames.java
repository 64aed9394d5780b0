package com.geniusharmony.support.kafka;

import com.geniusharmony.events.Topic;

/**
 * The topic names of this deployment (with its {@code HARMONY_TOPIC_SUFFIX}), for code
 * that publishes or reads a topic by hand. Listeners name their topics with the same
 * names as properties: {@code @KafkaListener(topics = "${harmony.topics.tasks}")}
 * ({@link TopicPropertySource}).
 */
public class TopicNames {

	private final String suffix;

	public TopicNames(String suffix) {
		this.suffix = suffix;
	}

	public String of(Topic topic) {
		return topic.name(this.suffix);
	}

	public String deadLetterOf(Topic topic) {
		return topic.deadLetterName(this.suffix);
	}

	/**
	 * The dead-letter topic of a topic given by name, such as a consumed record's topic.
	 */
	public String deadLetterOf(String topicName) {
		return Topic.fromName(topicName, this.suffix)
			.map(this::deadLetterOf)
			.orElse(topicName + Topic.DEAD_LETTER_SUFFIX);
	}

}
