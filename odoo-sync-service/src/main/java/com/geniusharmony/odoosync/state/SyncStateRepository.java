package com.geniusharmony.odoosync.state;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.geniusharmony.events.odoolink.EntityKind;
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
	 * A higher version replaces the state and makes the entity pending again with fresh
	 * attempts (a new state deserves a new chance, even after it was parked); an equal or
	 * lower one changes nothing. The oldest change not yet in Odoo is kept for the lag.
	 */
	private static final String RECORD = """
			insert into sync_entity (kind, entity_id, version, event, deleted, depends_on, pending_since)
			values (:kind, :entityId, :version, :event, :deleted, :dependsOn, :occurredAt)
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
	 * Records a change unless the store has the same or a later version.
	 * @param change the change
	 * @return whether it was recorded
	 */
	public Mono<Boolean> record(TrackedChange change) {
		DatabaseClient.GenericExecuteSpec spec = this.database.sql(RECORD)
			.bind("kind", change.kind().wireName())
			.bind("entityId", change.entityId())
			.bind("version", change.version())
			.bind("event", StoredEvents.write(change.event()))
			.bind("deleted", change.deleted())
			.bind("occurredAt", OffsetDateTime.ofInstant(change.occurredAt(), ZoneOffset.UTC));
		spec = (change.dependsOn() != null) ? spec.bind("dependsOn", change.dependsOn())
				: spec.bindNull("dependsOn", String.class);
		return spec.fetch().rowsUpdated().map((rows) -> rows > 0);
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
