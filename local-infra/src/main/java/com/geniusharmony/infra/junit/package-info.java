/**
 * JUnit Jupiter wiring for tests without Spring: the shared servers as test method
 * parameters.
 */
@NullMarked
package com.geniusharmony.infra.junit;

import org.jspecify.annotations.NullMarked;
