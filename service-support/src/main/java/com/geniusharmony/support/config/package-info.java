/**
 * Configuration defaults shared by all services: the environment variables every service
 * reads (PostgreSQL, Kafka, Redis, logging, actuator) are mapped here once.
 */
@NullMarked
package com.geniusharmony.support.config;

import org.jspecify.annotations.NullMarked;
