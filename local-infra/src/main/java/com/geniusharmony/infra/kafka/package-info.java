/**
 * Kafka for tests and local runs: a broker named by the environment, a Testcontainers
 * container, or a real KRaft broker from the {@code kafka_2.13} jars run as its own JVM,
 * which can be stopped, restarted on the same port and data, and killed.
 */
@NullMarked
package com.geniusharmony.infra.kafka;

import org.jspecify.annotations.NullMarked;
