package com.geniusharmony.odoosync.state;

import java.time.Duration;
import java.util.List;
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
			returning s.entity_id, s.version, s.generation, s.odoo_id, s.deleted, s.event""";

	private static final String RENEW = """
			update sync_entity set claim_expires_at = now() + make_interval(secs => :leaseSeconds)
			where claim_token = :token and claim_expires_at > now()
			returning entity_id""";

	private static final String RELEASE = """
			update sync_entity set claimed_by = null, claim_token = null, claim_expires_at = null
			where claim_token = :token""";

	/**
	 * A row Odoo may hold an older state of than the one it was claimed with, because
	 * another instance wrote it meanwhile: its state must be written again.
	 */
	private static final String REWRITE = """
			update sync_entity set generation = generation + 1,
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
				StoredEvents.read(row.get("event", Json.class)));
	}

}
