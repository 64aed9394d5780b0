/**
 * Spring test wiring: {@link com.geniusharmony.infra.spring.RealInfrastructure} on a test
 * class puts the shared servers into its context under the environment variable names the
 * services read, with a fresh database, topic suffix and Redis key prefix per cached
 * context.
 */
@NullMarked
package com.geniusharmony.infra.spring;

import org.jspecify.annotations.NullMarked;
