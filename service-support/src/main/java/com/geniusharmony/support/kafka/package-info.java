/**
 * Kafka wiring shared by the services: the topics of {@code common-events} declared with
 * their partition counts and dead-letter twins, and a health indicator that asks the
 * broker itself.
 */
@NullMarked
package com.geniusharmony.support.kafka;

import org.jspecify.annotations.NullMarked;
