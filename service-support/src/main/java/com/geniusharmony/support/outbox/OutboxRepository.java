package com.geniusharmony.support.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code outbox} table as the relay sees it: the oldest rows first, deleted once
 * published. It runs on the relay's own connection, so that publishing never waits behind
 * API requests for a pooled connection.
 */
class OutboxRepository {

	private final DatabaseClient database;

	OutboxRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<List<OutboxRow>> oldest(int limit) {
		return this.database
			.sql("select id, event_id, topic, aggregate_id, aggregate_version, payload, created_at"
					+ " from outbox order by id limit :limit")
			.bind("limit", limit)
			.map(OutboxRepository::row)
			.all()
			.collectList();
	}

	Mono<Long> delete(List<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.sql("delete from outbox where id = any(:ids)")
			.bind("ids", ids.toArray(Long[]::new))
			.fetch()
			.rowsUpdated();
	}

	Mono<Long> backlog() {
		return this.database.sql("select count(*) from outbox")
			.map((row) -> row.get(0, Long.class))
			.one()
			.defaultIfEmpty(0L);
	}

	private static OutboxRow row(Readable row) {
		return new OutboxRow(row.get("id", Long.class), row.get("event_id", UUID.class), row.get("topic", String.class),
				row.get("aggregate_id", String.class), row.get("aggregate_version", Long.class),
				row.get("payload", byte[].class), row.get("created_at", OffsetDateTime.class).toInstant());
	}

}
