package com.geniusharmony.odoosync.state;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.geniusharmony.events.odoolink.EntityKind;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Writes of the {@code sync_entity} table outside a claim: recording a new state, and the
 * operator's resyncs and replays. Each is one conditional statement, so that intake and
 * the batchers of every instance can run at the same time.
 */
@Component
public class SyncStateRepository {

	/**
	 * Records many changes in one statement, one row per element of the arrays. A higher
	 * version replaces the state and makes the entity pending again with fresh attempts
	 * (a new state deserves a new chance, even after it was parked); an equal or lower
	 * one changes nothing. The oldest change not yet in Odoo is kept for the lag.
	 */
	private static final String RECORD = """
			insert into sync_entity (kind, entity_id, version, event, deleted, depends_on, pending_since)
			select kind, entity_id, version, event::jsonb, deleted, depends_on, occurred_at::timestamptz
			from unnest(:kinds::text[], :entityIds::text[], :versions::bigint[], :events::text[], :deleted::boolean[],
				:dependsOn::text[], :occurredAt::text[])
				as change (kind, entity_id, version, event, deleted, depends_on, occurred_at)
			on conflict (kind, entity_id) do update
			set version = excluded.version, event = excluded.event, deleted = excluded.deleted,
				depends_on = excluded.depends_on, generation = sync_entity.generation + 1, status = 'pending',
				attempts = 0, next_attempt_at = null, last_error = null,
				pending_since = coalesce(sync_entity.pending_since, excluded.pending_since), updated_at = now()
			where sync_entity.version < excluded.version""";

	/**
	 * An operator's resync or replay writes every column again: what the platform has
	 * wins over what Odoo has.
	 */
	private static final String RESYNC = """
			update sync_entity
			set generation = generation + 1, status = 'pending', attempts = 0, next_attempt_at = null, odoo_base = null,
				pending_since = coalesce(pending_since, now()), updated_at = now()
			""";

	private final DatabaseClient database;

	SyncStateRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records changes, each unless the store has the same or a later version of its
	 * entity, in one statement.
	 * @param changes the changes, in any order; of several changes of one entity only the
	 * latest counts
	 * @return how many entities were recorded
	 */
	public Mono<Long> record(Collection<TrackedChange> changes) {
		List<TrackedChange> latest = latestPerEntity(changes);
		if (latest.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.sql(RECORD)
			.bind("kinds", column(latest, (change) -> change.kind().wireName()))
			.bind("entityIds", column(latest, TrackedChange::entityId))
			.bind("versions", latest.stream().map(TrackedChange::version).toArray(Long[]::new))
			.bind("events", column(latest, (change) -> StoredEvents.text(change.event())))
			.bind("deleted", latest.stream().map(TrackedChange::deleted).toArray(Boolean[]::new))
			.bind("dependsOn", column(latest, TrackedChange::dependsOn))
			.bind("occurredAt", column(latest, (change) -> change.occurredAt().toString()))
			.fetch()
			.rowsUpdated();
	}

	/**
	 * One statement may not change a row twice, and only the highest version of an entity
	 * would be kept anyway. The rows are locked in the order of their keys, so that two
	 * statements over the same entities (a replay beside the listener) cannot deadlock.
	 */
	private static List<TrackedChange> latestPerEntity(Collection<TrackedChange> changes) {
		Map<String, TrackedChange> latest = new TreeMap<>();
		for (TrackedChange change : changes) {
			latest.merge(change.kind().wireName() + ":" + change.entityId(), change,
					(kept, next) -> (next.version() > kept.version()) ? next : kept);
		}
		return List.copyOf(latest.values());
	}

	private static String[] column(List<TrackedChange> changes, Function<TrackedChange, @Nullable String> value) {
		return changes.stream().map(value).toArray(String[]::new);
	}

	/**
	 * Makes one entity pending again, so that its latest state is written to Odoo even if
	 * Odoo is thought to have it.
	 * @return whether the entity exists
	 */
	public Mono<Boolean> resync(EntityKind kind, String entityId) {
		return this.database.sql(RESYNC + " where kind = :kind and entity_id = :entityId")
			.bind("kind", kind.wireName())
			.bind("entityId", entityId)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	/**
	 * Makes every entity pending again.
	 * @return how many
	 */
	public Mono<Long> resyncAll() {
		return this.database.sql(RESYNC).fetch().rowsUpdated();
	}

	/**
	 * Gives every parked entity a fresh set of attempts.
	 * @return how many
	 */
	public Mono<Long> replayParked() {
		return this.database.sql(RESYNC + " where status = 'parked'").fetch().rowsUpdated();
	}

}
