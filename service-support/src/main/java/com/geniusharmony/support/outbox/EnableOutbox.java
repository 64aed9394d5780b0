package com.geniusharmony.support.outbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Gives a service the outbound edge: an {@link OutboxWriter} to write events in the
 * transaction of a change, and the relay that publishes them. The service's database
 * needs the {@code outbox} table and its notify trigger (see the package documentation).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(OutboxConfiguration.class)
public @interface EnableOutbox {

}
