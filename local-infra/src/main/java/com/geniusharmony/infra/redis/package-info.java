/**
 * Redis for tests and local runs: a server named by {@code REDIS_URL}, a Testcontainers
 * container, or the {@code redis-server} binary shipped in codemonstur's
 * {@code embedded-redis} jar.
 */
@NullMarked
package com.geniusharmony.infra.redis;

import org.jspecify.annotations.NullMarked;
