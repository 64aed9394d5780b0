/**
 * The HTTP server (Reactor Netty): reads each request, counts it, applies the fault in
 * force and the ingestion throttle, then hands it to the endpoint its path names.
 */
@NullMarked
package com.geniusharmony.odooemulator.server;

import org.jspecify.annotations.NullMarked;
