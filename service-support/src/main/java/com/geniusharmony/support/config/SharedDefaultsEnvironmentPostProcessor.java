package com.geniusharmony.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.geniusharmony.support.kafka.TopicPropertySource;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code harmony-service-defaults.yml} as the property source of lowest precedence,
 * so every service starts from the same settings and a service's own
 * {@code application.yml} can override any of it; the environment variables named for the
 * configuration records' properties ({@link EnvironmentVariablesPropertySource}); and the
 * topic names of the deployment as {@code harmony.topics.*}
 * ({@link TopicPropertySource}).
 */
public class SharedDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String RESOURCE = "harmony-service-defaults.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getPropertySources().contains(RESOURCE)) {
			return;
		}
		MutablePropertySources sources = environment.getPropertySources();
		for (PropertySource<?> source : load()) {
			sources.addLast(source);
		}
		EnvironmentVariablesPropertySource variables = EnvironmentVariablesPropertySource.of(environment);
		if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
		}
		else {
			sources.addFirst(variables);
		}
		sources.addLast(new TopicPropertySource(environment));
	}

	private static List<PropertySource<?>> load() {
		try {
			return new YamlPropertySourceLoader().load(RESOURCE, new ClassPathResource(RESOURCE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
