package com.geniusharmony.infra.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test context real servers from
 * {@link com.geniusharmony.infra.Infrastructure#shared()}, as the highest-precedence
 * property source: {@code KAFKA_BOOTSTRAP_SERVERS}, {@code HARMONY_TOPIC_SUFFIX},
 * {@code POSTGRES_HOST}, {@code POSTGRES_PORT}, {@code POSTGRES_USER},
 * {@code POSTGRES_PASSWORD}, {@code POSTGRES_DB}, {@code REDIS_URL} and
 * {@code HARMONY_REDIS_KEY_PREFIX}. Test classes with the same components share one
 * cached context; the database, suffix and prefix are that context's own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

	/**
	 * The servers the context needs.
	 * @return the components, all three by default
	 */
	Component[] value() default { Component.KAFKA, Component.POSTGRES, Component.REDIS };

	/**
	 * A server a test context can ask for.
	 */
	enum Component {

		KAFKA, POSTGRES, REDIS

	}

}
