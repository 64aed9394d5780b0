/**
 * The event envelope, the closed set of event types and the Kafka topics they travel on.
 * Every event carries the full current state of its aggregate and is keyed by aggregate
 * id, so that consumers see one aggregate's events in order and can drop stale or
 * duplicate ones by aggregate version.
 */
@NullMarked
package com.geniusharmony.events;

import org.jspecify.annotations.NullMarked;
