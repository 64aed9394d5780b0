/**
 * The transactional outbox: every change writes its events in its own transaction, and
 * one relay per database (the holder of a PostgreSQL advisory lock) publishes them to
 * Kafka in order per aggregate, woken by {@code LISTEN/NOTIFY} on commit, with polling as
 * a fallback, and deletes what the broker acknowledged.
 */
@NullMarked
package com.geniusharmony.core.outbox;

import org.jspecify.annotations.NullMarked;
