package com.geniusharmony.support.kafka;

import java.util.Arrays;
import java.util.Locale;

import com.geniusharmony.events.Topic;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * The topic names of this deployment as plain properties, {@code harmony.topics.users},
 * {@code harmony.topics.odoo-links} and so on, so that a listener names its topics as
 * {@code @KafkaListener(topics = "${harmony.topics.tasks}")}. Each is computed from the
 * contracts' {@link Topic} and {@code harmony.topic.suffix} when it is read, so that a
 * suffix set late (a test's dynamic property) is honoured. It lists no names: Spring Boot
 * would otherwise read every value to cache them, each read asking the environment again.
 */
public final class TopicPropertySource extends PropertySource<Class<Topic>> {

	/** The name of this property source. */
	public static final String NAME = "harmonyTopics";

	private static final String PREFIX = "harmony.topics.";

	private final Environment environment;

	/**
	 * The topic names of an environment. Its source is the contracts' {@link Topic}, not
	 * the environment: Spring Boot would flatten an environment into its sources, this
	 * one included.
	 * @param environment where the suffix is read
	 */
	public TopicPropertySource(Environment environment) {
		super(NAME, Topic.class);
		this.environment = environment;
	}

	/**
	 * The property naming a topic.
	 * @param topic the topic
	 * @return such as {@code harmony.topics.odoo-links}
	 */
	public static String propertyOf(Topic topic) {
		return PREFIX + topic.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public @Nullable Object getProperty(String name) {
		if (!name.startsWith(PREFIX)) {
			return null;
		}
		return Arrays.stream(Topic.values())
			.filter((topic) -> propertyOf(topic).equals(name))
			.findFirst()
			.map((topic) -> topic.name(this.environment.getProperty("harmony.topic.suffix", "")))
			.orElse(null);
	}

}
