package com.geniusharmony.odoosync.state;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.config.SyncProperties;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Claims of {@code sync_entity} rows by the batchers of every instance. A claim is
 * committed at once and lapses when its lease ends, so a killed instance's rows come back
 * on their own; {@code for update skip locked} keeps two instances claiming at the same
 * moment off each other's rows. Every write of a claim's outcome is fenced by its token.
 */
@Component
public class ClaimRepository {

	/**
	 * Due rows whose reference (a project's owner, a task's project) is in Odoo already;
	 * the others wait, unclaimed. A deleted task Odoo never had needs nothing.
	 */
	private static final String CLAIM = """
			with due as (
				select e.kind, e.entity_id from sync_entity e
				where e.kind = :kind
					and (e.status = 'pending' or (e.status = 'failed' and e.next_attempt_at <= now()))
					and (e.claim_expires_at is null or e.claim_expires_at <= now())
					and (e.held_to_version is null or e.version > e.held_to_version or e.held_until <= now())
					and (e.depends_on is null or (e.deleted and e.odoo_id is null) or exists (
						select 1 from sync_entity d
						where d.kind = :dependencyKind and d.entity_id = e.depends_on and d.odoo_id is not null))
				order by e.pending_since nulls last, e.entity_id
				limit :limit
				for update of e skip locked)
			update sync_entity s
			set claimed_by = :instance, claim_token = :token,
				claim_expires_at = now() + make_interval(secs => :leaseSeconds)
			from due where s.kind = due.kind and s.entity_id = due.entity_id
			returning s.entity_id, s.version, s.generation, s.odoo_id, s.deleted, s.event, s.odoo_base""";

	private static final String CLAIM_LINKED = """
			with linked as (
				select e.kind, e.entity_id from sync_entity e
				where e.kind = :kind and e.odoo_id = any(:odooIds)
					and (e.claim_expires_at is null or e.claim_expires_at <= now())
				for update of e skip locked)
			update sync_entity s
			set claimed_by = :instance, claim_token = :token,
				claim_expires_at = now() + make_interval(secs => :leaseSeconds)
			from linked where s.kind = linked.kind and s.entity_id = linked.entity_id
			returning s.entity_id, s.version, s.generation, s.odoo_id, s.deleted, s.event, s.odoo_base,
				s.status <> 'synced' or s.synced_version is distinct from s.version as pending""";

	private static final String RENEW = """
			update sync_entity set claim_expires_at = now() + make_interval(secs => :leaseSeconds)
			where claim_token = :token and claim_expires_at > now()
			returning entity_id""";

	private static final String RELEASE = """
			update sync_entity set claimed_by = null, claim_token = null, claim_expires_at = null
			where claim_token = :token""";

	/**
	 * A row Odoo may hold an older state of than the one it was claimed with, because
	 * another instance wrote it meanwhile: its state must be written again, every column.
	 */
	private static final String REWRITE = """
			update sync_entity set generation = generation + 1, odoo_base = null,
				status = case when status = 'synced' then 'pending' else status end,
				pending_since = coalesce(pending_since, now()), updated_at = now()
			where kind = :kind and entity_id = any(:ids)""";

	private final DatabaseClient database;

	private final String instance;

	ClaimRepository(DatabaseClient database, SyncProperties properties) {
		this.database = database;
		this.instance = properties.instanceId();
	}

	/**
	 * Claims up to a batch of the due entities of a kind, oldest change first.
	 * @return the claim, without entities if none is due
	 */
	public Mono<Claim> claim(EntityKind kind, int limit, Duration lease) {
		UUID token = UUID.randomUUID();
		return this.database.sql(CLAIM)
			.bind("kind", kind.wireName())
			.bind("dependencyKind", dependencyKind(kind))
			.bind("limit", limit)
			.bind("instance", this.instance)
			.bind("token", token)
			.bind("leaseSeconds", seconds(lease))
			.map((row) -> claimed(kind, row))
			.all()
			.collectList()
			.map((entities) -> new Claim(kind, token, entities));
	}

	/**
	 * Claims the entities linked to Odoo records, for the poller to compare them with
	 * Odoo: no batch writes them meanwhile. Rows claimed by a batch are not returned.
	 * @param kind their kind
	 * @param odooIds the Odoo ids of their records
	 * @param lease how long the claim lasts if it is not given back
	 * @return the claim, and which entities have a change not yet in Odoo
	 */
	public Mono<LinkedClaim> claimLinked(EntityKind kind, Collection<Long> odooIds, Duration lease) {
		UUID token = UUID.randomUUID();
		if (odooIds.isEmpty()) {
			return Mono.just(new LinkedClaim(new Claim(kind, token, List.of()), Set.of()));
		}
		return this.database.sql(CLAIM_LINKED)
			.bind("kind", kind.wireName())
			.bind("odooIds", odooIds.toArray(Long[]::new))
			.bind("instance", this.instance)
			.bind("token", token)
			.bind("leaseSeconds", seconds(lease))
			.map((row) -> Map.entry(claimed(kind, row), row.get("pending", Boolean.class)))
			.all()
			.collectList()
			.map((rows) -> new LinkedClaim(new Claim(kind, token, rows.stream().map(Map.Entry::getKey).toList()),
					rows.stream()
						.filter(Map.Entry::getValue)
						.map((row) -> row.getKey().entityId())
						.collect(Collectors.toUnmodifiableSet())));
	}

	/**
	 * The Odoo records whose entity another claim holds, a batch writing them.
	 * @return their Odoo ids
	 */
	public Mono<Set<Long>> busy(EntityKind kind, Collection<Long> odooIds, UUID token) {
		return this.database
			.sql("select odoo_id from sync_entity where kind = :kind and odoo_id = any(:odooIds)"
					+ " and claim_token <> :token and claim_expires_at > now()")
			.bind("kind", kind.wireName())
			.bind("odooIds", odooIds.toArray(Long[]::new))
			.bind("token", token)
			.map((row) -> row.get("odoo_id", Long.class))
			.all()
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Extends a claim's lease just before its rows are written to Odoo.
	 * @return the ids of the rows still held
	 */
	public Mono<Set<String>> renew(Claim claim, Duration lease) {
		return this.database.sql(RENEW)
			.bind("token", claim.token())
			.bind("leaseSeconds", seconds(lease))
			.map((row) -> row.get("entity_id", String.class))
			.all()
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Gives the rows of a claim back untouched, as pending as they were.
	 */
	public Mono<Long> release(Claim claim) {
		return this.database.sql(RELEASE).bind("token", claim.token()).fetch().rowsUpdated();
	}

	/**
	 * Gives rows of a claim back, held until the poller has read their records: Odoo has
	 * changes of them the poller has not read yet.
	 * @param holdFor the longest the hold lasts
	 */
	public Mono<Long> holdForPoll(Claim claim, Collection<String> entityIds, Duration holdFor) {
		if (entityIds.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database
			.sql("update sync_entity set held_to_version = version,"
					+ " held_until = now() + make_interval(secs => :holdSeconds),"
					+ " claimed_by = null, claim_token = null, claim_expires_at = null"
					+ " where claim_token = :token and entity_id = any(:ids)")
			.bind("token", claim.token())
			.bind("ids", entityIds.toArray(String[]::new))
			.bind("holdSeconds", seconds(holdFor))
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Gives back every claim of this instance, when it stops, so that other instances
	 * need not wait for the leases to end.
	 */
	public Mono<Long> releaseAll() {
		return this.database
			.sql("update sync_entity set claimed_by = null, claim_token = null, claim_expires_at = null"
					+ " where claimed_by = :instance")
			.bind("instance", this.instance)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Makes rows pending again whose claim lapsed while they were written to Odoo, since
	 * another instance may have written an older state after them.
	 * @return how many rows
	 */
	public Mono<Long> rewrite(EntityKind kind, List<String> entityIds) {
		if (entityIds.isEmpty()) {
			return Mono.just(0L);
		}
		return this.database.sql(REWRITE)
			.bind("kind", kind.wireName())
			.bind("ids", entityIds.toArray(String[]::new))
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Entities claimed for the poller.
	 *
	 * @param claim the claim
	 * @param pending the ids of those with a change not yet in Odoo
	 */
	public record LinkedClaim(Claim claim, Set<String> pending) {

	}

	static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String dependencyKind(EntityKind kind) {
		return switch (kind) {
			case USER -> "";
			case PROJECT -> EntityKind.USER.wireName();
			case TASK -> EntityKind.PROJECT.wireName();
		};
	}

	private static ClaimedEntity claimed(EntityKind kind, Readable row) {
		return new ClaimedEntity(kind, row.get("entity_id", String.class), row.get("version", Long.class),
				row.get("generation", Long.class), row.get("odoo_id", Long.class), row.get("deleted", Boolean.class),
				StoredEvents.read(row.get("event", Json.class)), OdooBase.read(row.get("odoo_base", Json.class)));
	}

}
