package com.geniusharmony.events;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kafka topics of the platform, each with a dead-letter twin {@code <topic>-dlt} of
 * the same partition count (spring-kafka's dead-letter publisher writes to the same
 * partition number). A non-empty suffix is joined with a dot
 * ({@code harmony.users.it-42}) so that environments and test runs sharing a broker stay
 * apart.
 */
public enum Topic {

	USERS("harmony.users"),

	PROJECTS("harmony.projects"),

	TASKS("harmony.tasks"),

	TICKS("harmony.ticks"),

	ODOO_LINKS("harmony.odoo-links");

	/**
	 * Partitions of every topic and of every dead-letter topic.
	 */
	public static final int PARTITIONS = 6;

	/**
	 * Appended to a topic's name to name its dead-letter topic.
	 */
	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	private static final Pattern LEGAL_SUFFIX = Pattern.compile("[A-Za-z0-9._-]*");

	private static final int MAX_NAME_LENGTH = 249;

	private final String baseName;

	Topic(String baseName) {
		this.baseName = baseName;
	}

	/**
	 * The topic's name for a deployment.
	 * @param suffix the deployment's topic suffix, empty for the plain name
	 * @return the name, such as {@code harmony.users} or {@code harmony.users.it-42}
	 * @throws IllegalArgumentException if the suffix has characters Kafka does not allow
	 * in topic names
	 */
	public String name(String suffix) {
		if (!LEGAL_SUFFIX.matcher(suffix).matches()) {
			throw new IllegalArgumentException(
					"topic suffix \"" + suffix + "\" may only contain letters, digits, '.', '_' and '-'");
		}
		String name = suffix.isEmpty() ? this.baseName : this.baseName + "." + suffix;
		if (name.length() + DEAD_LETTER_SUFFIX.length() > MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("topic suffix \"" + suffix + "\" makes topic names too long for Kafka");
		}
		return name;
	}

	/**
	 * The name of this topic's dead-letter topic for a deployment.
	 * @param suffix the deployment's topic suffix, empty for the plain name
	 * @return the name, such as {@code harmony.users-dlt} or
	 * {@code harmony.users.it-42-dlt}
	 */
	public String deadLetterName(String suffix) {
		return name(suffix) + DEAD_LETTER_SUFFIX;
	}

	/**
	 * The number of partitions of this topic and of its dead-letter topic.
	 * @return {@value #PARTITIONS}
	 */
	public int partitions() {
		return PARTITIONS;
	}

	/**
	 * Finds the topic a deployment names {@code topicName}.
	 * @param topicName a topic name, suffix included
	 * @param suffix the deployment's topic suffix, empty for the plain names
	 * @return the topic, or empty if no topic has this name with this suffix
	 */
	public static Optional<Topic> fromName(String topicName, String suffix) {
		return Arrays.stream(values()).filter((topic) -> topic.name(suffix).equals(topicName)).findFirst();
	}

	/**
	 * Finds the topic whose dead-letter topic a deployment names {@code deadLetterName}.
	 * @param deadLetterName a dead-letter topic name, suffix included
	 * @param suffix the deployment's topic suffix, empty for the plain names
	 * @return the topic the dead letters came from, or empty if no dead-letter topic has
	 * this name
	 */
	public static Optional<Topic> fromDeadLetterName(String deadLetterName, String suffix) {
		return Arrays.stream(values())
			.filter((topic) -> topic.deadLetterName(suffix).equals(deadLetterName))
			.findFirst();
	}

}
