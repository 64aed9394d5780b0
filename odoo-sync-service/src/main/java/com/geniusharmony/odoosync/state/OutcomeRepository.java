package com.geniusharmony.odoosync.state;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Records what became of a claim's rows, in one statement per outcome, fenced by the
 * claim's token. A row whose generation changed while it was claimed (a new version, a
 * resync) goes back to pending instead, so that the change is written too.
 */
@Component
public class OutcomeRepository {

	private static final String LANDED = """
			update sync_entity s
			set odoo_id = coalesce(nullif(r.odoo_id, 0), s.odoo_id), synced_version = r.version, synced_at = now(),
				warnings = cast(r.warnings as jsonb),
				odoo_base = case when r.agreed = '{}' then s.odoo_base
					else coalesce(s.odoo_base, '{}') || cast(r.agreed as jsonb) end,
				status = case when s.generation = r.generation then 'synced' else 'pending' end,
				pending_since = case when s.generation = r.generation then null else s.pending_since end,
				attempts = case when s.generation = r.generation then 0 else s.attempts end,
				next_attempt_at = null, last_error = null,
				claimed_by = null, claim_token = null, claim_expires_at = null, updated_at = now()
			from unnest(cast(:ids as text[]), cast(:odooIds as bigint[]), cast(:versions as bigint[]),
				cast(:generations as bigint[]), cast(:warnings as text[]), cast(:agreed as text[]))
				as r(entity_id, odoo_id, version, generation, warnings, agreed)
			where s.kind = :kind and s.entity_id = r.entity_id and s.claim_token = :token
			returning s.entity_id""";

	/**
	 * Back-off doubles from the first retry's wait up to the longest; past the last
	 * attempt the row is parked.
	 */
	private static final String REFUSED = """
			update sync_entity s
			set status = case when s.generation <> r.generation then 'pending'
					when s.attempts + 1 >= :maxAttempts then 'parked' else 'failed' end,
				attempts = case when s.generation <> r.generation then s.attempts else s.attempts + 1 end,
				next_attempt_at = case when s.generation <> r.generation or s.attempts + 1 >= :maxAttempts then null
					else now() + make_interval(secs => least(:backoff * power(2, s.attempts), :maxBackoff)) end,
				last_error = r.error, claimed_by = null, claim_token = null, claim_expires_at = null, updated_at = now()
			from unnest(cast(:ids as text[]), cast(:generations as bigint[]), cast(:errors as text[]))
				as r(entity_id, generation, error)
			where s.kind = :kind and s.entity_id = r.entity_id and s.claim_token = :token
			returning s.entity_id, s.status""";

	private static final String PULLED = """
			update sync_entity
			set odoo_base = cast(:base as jsonb), held_to_version = null, held_until = null, updated_at = now()
			where kind = :kind and entity_id = :entityId and claim_token = :token""";

	private final DatabaseClient database;

	private final SyncProperties properties;

	OutcomeRepository(DatabaseClient database, SyncProperties properties) {
		this.database = database;
		this.properties = properties;
	}

	/**
	 * @return the ids of the rows recorded; the others' claim had lapsed
	 */
	public Mono<Set<String>> landed(Claim claim, List<Landed> rows) {
		if (rows.isEmpty()) {
			return Mono.just(Set.of());
		}
		return this.database.sql(LANDED)
			.bind("kind", claim.kind().wireName())
			.bind("token", claim.token())
			.bind("ids", rows.stream().map((row) -> row.entity().entityId()).toArray(String[]::new))
			.bind("odooIds",
					rows.stream().map((row) -> (row.odooId() != null) ? row.odooId() : 0L).toArray(Long[]::new))
			.bind("versions", rows.stream().map((row) -> row.entity().version()).toArray(Long[]::new))
			.bind("generations", rows.stream().map((row) -> row.entity().generation()).toArray(Long[]::new))
			.bind("warnings", rows.stream().map((row) -> Warnings.toJson(row.warnings())).toArray(String[]::new))
			.bind("agreed", rows.stream().map((row) -> OdooBase.toJson(row.agreed())).toArray(String[]::new))
			.map((row) -> row.get("entity_id", String.class))
			.all()
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @return the ids of the rows recorded that were parked by this failure
	 */
	public Mono<Set<String>> refused(Claim claim, List<Refused> rows) {
		if (rows.isEmpty()) {
			return Mono.just(Set.of());
		}
		return this.database.sql(REFUSED)
			.bind("kind", claim.kind().wireName())
			.bind("token", claim.token())
			.bind("maxAttempts", this.properties.maxAttempts())
			.bind("backoff", seconds(this.properties.retryBackoff()))
			.bind("maxBackoff", seconds(this.properties.retryBackoffMax()))
			.bind("ids", rows.stream().map((row) -> row.entity().entityId()).toArray(String[]::new))
			.bind("generations", rows.stream().map((row) -> row.entity().generation()).toArray(Long[]::new))
			.bind("errors", rows.stream().map(Refused::error).toArray(String[]::new))
			.map((row) -> new String[] { row.get("entity_id", String.class), row.get("status", String.class) })
			.all()
			.filter((row) -> SyncStatus.PARKED.wireName().equals(row[1]))
			.map((row) -> row[0])
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Records what the poller found an entity's record agrees on now; a push that waited
	 * for the poll may go on.
	 * @return whether the claim still held the row
	 */
	public Mono<Boolean> pulled(Claim claim, String entityId, Map<String, String> base) {
		return this.database.sql(PULLED)
			.bind("kind", claim.kind().wireName())
			.bind("entityId", entityId)
			.bind("token", claim.token())
			.bind("base", OdooBase.toJson(base))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
