/**
 * The one JSON serde of events, used by the outbox, Kafka and tests alike. Reading never
 * throws on bad input: it yields a readable event, upcast to the current version of its
 * type, or an unreadable one with the reason, so that a consumer can park it on the
 * dead-letter topic and go on.
 */
@NullMarked
package com.geniusharmony.events.json;

import org.jspecify.annotations.NullMarked;
