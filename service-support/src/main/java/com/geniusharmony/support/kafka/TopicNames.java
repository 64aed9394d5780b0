package com.geniusharmony.support.kafka;

import com.geniusharmony.events.Topic;

/**
 * The topic names of this deployment (with its {@code HARMONY_TOPIC_SUFFIX}). Listeners
 * name their topics through it: {@code @KafkaListener(topics =
 * "#{@topicNames.of(T(com.geniusharmony.events.Topic).TASKS)}")}.
 */
public class TopicNames {

	private final String suffix;

	TopicNames(String suffix) {
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
