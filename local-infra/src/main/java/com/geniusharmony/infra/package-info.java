/**
 * Real Kafka, PostgreSQL and Redis for tests and local runs from one place: endpoints
 * given by the environment first, then Testcontainers where a Docker engine answers, then
 * servers started by this module; and the launcher of the local stack.
 */
@NullMarked
package com.geniusharmony.infra;

import org.jspecify.annotations.NullMarked;
