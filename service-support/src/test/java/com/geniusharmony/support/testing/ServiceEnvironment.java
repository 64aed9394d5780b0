package com.geniusharmony.support.testing;

import com.geniusharmony.support.config.SharedDefaultsEnvironmentPostProcessor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The environment a service starts with, for tests that bind its configuration without
 * starting it ({@code ApplicationContextRunner}): its {@code application.yml}, the shared
 * defaults, and the environment variables named for its records, which such a test may
 * give as properties ({@code withPropertyValues("ODOO_HOST=odoo")}).
 */
public final class ServiceEnvironment {

	private ServiceEnvironment() {
	}

	public static ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return (context) -> {
			new ConfigDataApplicationContextInitializer().initialize(context);
			new SharedDefaultsEnvironmentPostProcessor().postProcessEnvironment(context.getEnvironment(),
					new SpringApplication());
		};
	}

}
