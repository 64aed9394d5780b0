/**
 * Fault injection: latency, an HTTP status (429 with {@code Retry-After}, 5xx), a request
 * never answered, a connection dropped before or after the request was processed; for the
 * next N requests or until cleared, for all calls or one model and method.
 */
@NullMarked
package com.geniusharmony.odooemulator.fault;

import org.jspecify.annotations.NullMarked;
