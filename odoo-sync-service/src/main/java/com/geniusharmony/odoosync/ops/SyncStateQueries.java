package com.geniusharmony.odoosync.ops;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.state.EntityKinds;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.odoosync.state.Warnings;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Reads of the {@code sync_entity} table for operators: one entity or several, and the
 * failed or parked ones with their reasons.
 */
@Component
class SyncStateQueries {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String COLUMNS = """
			select e.kind, e.entity_id, e.status, e.version, e.synced_version, e.odoo_id, e.attempts, e.next_attempt_at,
				e.last_error, e.warnings, e.pending_since, e.synced_at, e.updated_at, e.event -> 'data' as state,
				case when e.depends_on is not null and not (e.deleted and e.odoo_id is null) and not exists (
					select 1 from sync_entity d
					where d.kind = (case e.kind when 'project' then 'user' else 'project' end)
						and d.entity_id = e.depends_on and d.odoo_id is not null)
				then (case e.kind when 'project' then 'user ' else 'project ' end) || e.depends_on end as waiting_for
			from sync_entity e
			""";

	private final DatabaseClient database;

	SyncStateQueries(DatabaseClient database) {
		this.database = database;
	}

	Mono<EntitySyncState> find(EntityKind kind, String entityId) {
		return this.database.sql(COLUMNS + " where e.kind = :kind and e.entity_id = :entityId")
			.bind("kind", kind.wireName())
			.bind("entityId", entityId)
			.map(SyncStateQueries::state)
			.one();
	}

	Mono<List<EntitySyncState>> findAll(EntityKind kind, Collection<String> entityIds) {
		if (entityIds.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.database.sql(COLUMNS + " where e.kind = :kind and e.entity_id = any(:entityIds)")
			.bind("kind", kind.wireName())
			.bind("entityIds", entityIds.stream().distinct().toArray(String[]::new))
			.map(SyncStateQueries::state)
			.all()
			.collectList();
	}

	Mono<List<EntitySyncState>> withStatus(Set<SyncStatus> statuses, int limit, long offset) {
		return this.database
			.sql(COLUMNS + " where e.status = any(:statuses) order by e.updated_at desc, e.kind, e.entity_id"
					+ " limit :limit offset :offset")
			.bind("statuses", statuses.stream().map(SyncStatus::wireName).toArray(String[]::new))
			.bind("limit", limit)
			.bind("offset", offset)
			.map(SyncStateQueries::state)
			.all()
			.collectList();
	}

	Mono<Long> countWithStatus(Set<SyncStatus> statuses) {
		return this.database.sql("select count(*) from sync_entity where status = any(:statuses)")
			.bind("statuses", statuses.stream().map(SyncStatus::wireName).toArray(String[]::new))
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	private static EntitySyncState state(Readable row) {
		return new EntitySyncState(EntityKinds.fromWireName(row.get("kind", String.class)).orElseThrow(),
				row.get("entity_id", String.class),
				SyncStatus.fromWireName(row.get("status", String.class)).orElseThrow(), row.get("version", Long.class),
				row.get("synced_version", Long.class), row.get("odoo_id", Long.class),
				row.get("attempts", Integer.class), instant(row.get("next_attempt_at", OffsetDateTime.class)),
				row.get("last_error", String.class), Warnings.fromJson(row.get("warnings", Json.class)),
				row.get("waiting_for", String.class), instant(row.get("pending_since", OffsetDateTime.class)),
				instant(row.get("synced_at", OffsetDateTime.class)),
				row.get("updated_at", OffsetDateTime.class).toInstant(),
				MAPPER.readTree(row.get("state", Json.class).asArray()));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

}
