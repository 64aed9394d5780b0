package com.geniusharmony.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Registers the shared {@link ProblemDetailsHandler} in every reactive web service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class WebSupportConfiguration {

	@Bean
	ProblemDetailsHandler problemDetailsHandler() {
		return new ProblemDetailsHandler();
	}

}
