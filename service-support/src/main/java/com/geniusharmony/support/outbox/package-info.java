/**
 * The outbound edge of every service: events are written to the {@code outbox} table in
 * the transaction of the change ({@link com.geniusharmony.support.outbox.OutboxWriter}),
 * and one relay per database (elected by an advisory lock) publishes them in order with
 * an idempotent producer and deletes what the broker acknowledged. A resent event is the
 * same bytes, so it keeps its event id. A service opts in with
 * {@link com.geniusharmony.support.outbox.EnableOutbox} and creates, in its migrations:
 *
 * <pre>
 * create table outbox (
 *     id bigint generated always as identity primary key,
 *     event_id uuid not null,
 *     topic varchar(64) not null,          -- a Topic constant's name
 *     aggregate_id varchar(200) not null,  -- the Kafka key
 *     aggregate_version bigint not null,
 *     event_type varchar(64) not null,
 *     payload bytea not null,
 *     created_at timestamptz not null default clock_timestamp());
 * -- and a statement trigger that runs pg_notify('harmony_outbox', '') after insert
 * </pre>
 */
@NullMarked
package com.geniusharmony.support.outbox;

import org.jspecify.annotations.NullMarked;
