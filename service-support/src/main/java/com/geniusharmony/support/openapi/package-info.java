/**
 * How every service describes its HTTP API at {@code /v3/api-docs} (OpenAPI 3.1) and in
 * Swagger UI: the real snake_case JSON names, bearer JWTs, problem details for errors.
 */
@NullMarked
package com.geniusharmony.support.openapi;

import org.jspecify.annotations.NullMarked;
