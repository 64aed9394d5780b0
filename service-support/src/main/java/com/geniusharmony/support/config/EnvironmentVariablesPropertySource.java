package com.geniusharmony.support.config;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Sets the properties of the services' configuration records from the environment
 * variables named for them under {@value #PREFIX} in the YAML files
 * ({@code HARMONY_OUTBOX_BATCH_SIZE: harmony.outbox.batch-size}). A variable that is not
 * set sets nothing, so the record's {@code @DefaultValue} applies: each default is
 * written once, in the record. A variable is looked up in the whole environment, so a
 * test may give it as a property. It ranks with the system environment, above the YAML
 * files, and lists no names (Spring Boot would otherwise read every value to cache them).
 */
final class EnvironmentVariablesPropertySource extends PropertySource<Map<String, String>> {

	/** The name of this property source. */
	static final String NAME = "harmonyEnvironmentVariables";

	/**
	 * Where the YAML files name the variables: {@code <PREFIX><VARIABLE>: <property>}.
	 */
	static final String PREFIX = "harmony.environment-variables.";

	private final ConfigurableEnvironment environment;

	private EnvironmentVariablesPropertySource(Map<String, String> variablesByProperty,
			ConfigurableEnvironment environment) {
		super(NAME, variablesByProperty);
		this.environment = environment;
	}

	/**
	 * The variables named in an environment's YAML files; where two files name a
	 * property, the one of higher precedence counts.
	 */
	static EnvironmentVariablesPropertySource of(ConfigurableEnvironment environment) {
		Map<String, String> variablesByProperty = new HashMap<>();
		for (PropertySource<?> source : environment.getPropertySources()) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String name : enumerable.getPropertyNames()) {
					Object property = enumerable.getProperty(name);
					if (name.startsWith(PREFIX) && property != null) {
						variablesByProperty.putIfAbsent(property.toString(), name.substring(PREFIX.length()));
					}
				}
			}
		}
		return new EnvironmentVariablesPropertySource(variablesByProperty, environment);
	}

	@Override
	public @Nullable Object getProperty(String name) {
		String variable = this.source.get(name);
		if (variable == null || variable.equals(name)) {
			return null;
		}
		return this.environment.getProperty(variable);
	}

}
