package com.geniusharmony.infra.spring;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check of the annotated test classes, each declaring the same configuration: the
 * context and database they get are the ones the first of them got.
 */
abstract class ContextSharingChecks {

	@Autowired
	ApplicationContext context;

	@Value("${POSTGRES_DB}")
	String database;

	@Test
	void sharesContextAndDatabaseWithOtherClassOfSameConfiguration() {
		ApplicationContext first = SharedContexts.firstOf(this.context);
		assertThat(this.context).isSameAs(first);
		assertThat(this.database).isEqualTo(first.getEnvironment().getProperty("POSTGRES_DB"));
	}

}
