package com.geniusharmony.odoosync.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.batch.RefusalSplitter.Loaded;
import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.config.SyncProperties.DeletedTasks;
import com.geniusharmony.odoosync.mapping.OdooRow;
import com.geniusharmony.odoosync.mapping.OdooRows;
import com.geniusharmony.odoosync.pull.UnreadOdooChanges;
import com.geniusharmony.odoosync.state.Claim;
import com.geniusharmony.odoosync.state.ClaimRepository;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.RowOutcome;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Syncs one batch: claims up to a batch of due entities of a kind, writes them to Odoo in
 * one {@code load} (rows Odoo refuses are isolated), records each outcome and publishes
 * the links. If Odoo cannot be used, the claim is given back untouched. Entities whose
 * records were changed in Odoo since the last poll wait for the poll.
 */
@Component
class BatchSync {

	private static final Logger log = LoggerFactory.getLogger(BatchSync.class);

	private final ClaimRepository claims;

	private final Map<EntityKind, OdooRows> mappings;

	private final RefusalSplitter splitter;

	private final TaskUnlinker unlinker;

	private final BatchOutcomes outcomes;

	private final SyncProperties properties;

	private final UnreadOdooChanges unreadChanges;

	BatchSync(ClaimRepository claims, List<OdooRows> mappings, RefusalSplitter splitter, TaskUnlinker unlinker,
			BatchOutcomes outcomes, SyncProperties properties, UnreadOdooChanges unreadChanges) {
		this.unreadChanges = unreadChanges;
		this.claims = claims;
		this.mappings = mappings.stream().collect(Collectors.toMap(OdooRows::kind, Function.identity()));
		this.splitter = splitter;
		this.unlinker = unlinker;
		this.outcomes = outcomes;
		this.properties = properties;
	}

	Mono<BatchReport> next(EntityKind kind) {
		return this.claims.claim(kind, this.properties.batchSize(), this.properties.claimLease())
			.flatMap((claim) -> claim.isEmpty() ? Mono.just(BatchReport.empty(kind))
					: sync(claim).onErrorResume((ex) -> refuseAll(claim, ex)));
	}

	/**
	 * A failure that is neither Odoo's nor a row's (a bug, a state that cannot be mapped)
	 * spends an attempt of every row of the batch, so that it cannot hold the sync back
	 * for ever; if the database is what failed, that write fails too and the claim
	 * lapses.
	 */
	private Mono<BatchReport> refuseAll(Claim claim, Throwable failure) {
		log.error("Syncing a batch of {} {}s failed", claim.entities().size(), claim.kind().wireName(), failure);
		String reason = "Unexpected failure: " + failure;
		Loaded refused = new Loaded(
				claim.entities().stream().<RowOutcome>map((entity) -> new Refused(entity, reason)).toList(), false);
		this.outcomes.stopped(claim.kind());
		return this.outcomes.record(claim, "", refused, false)
			.thenReturn(new BatchReport(claim.kind(), claim.entities().size(), null));
	}

	private Mono<BatchReport> sync(Claim claim) {
		EntityKind kind = claim.kind();
		OdooRows mapping = this.mappings.get(kind);
		int size = claim.entities().size();
		log.info("Batch syncing {} {}{} to Odoo...", size, kind.wireName(), (size == 1) ? "" : "s");
		List<ClaimedEntity> gone = new ArrayList<>();
		List<ClaimedEntity> unlinked = new ArrayList<>();
		List<ClaimedEntity> written = new ArrayList<>();
		for (ClaimedEntity entity : claim.entities()) {
			if (entity.deleted() && entity.odooId() == null) {
				gone.add(entity);
			}
			else if (entity.deleted() && this.properties.deletedTasks() == DeletedTasks.UNLINK) {
				unlinked.add(entity);
			}
			else {
				written.add(entity);
			}
		}
		Mono<OdooRows.Rows> rows = this.unreadChanges.find(kind, written).flatMap((changedInOdoo) -> {
			List<ClaimedEntity> now = written.stream()
				.filter((entity) -> !changedInOdoo.contains(entity.entityId()))
				.toList();
			return this.claims.holdForPoll(claim, changedInOdoo, this.unreadChanges.holdFor())
				.then(now.isEmpty() ? Mono.just(new OdooRows.Rows(List.of(), List.of())) : mapping.rows(now));
		});
		return rows.flatMap((batch) -> this.claims.renew(claim, this.properties.claimLease())
			.flatMap((held) -> write(mapping, batch, held).zipWith(this.unlinker.unlink(held(unlinked, held)),
					(loaded, removed) -> {
						List<RowOutcome> all = new ArrayList<>(loaded.outcomes());
						all.addAll(removed);
						gone.forEach((entity) -> all.add(new Landed(entity, null, true, List.of())));
						return new Loaded(all, loaded.split());
					})))
			.flatMap((loaded) -> this.outcomes.record(claim, mapping.model(), loaded, !written.isEmpty()))
			.thenReturn(new BatchReport(kind, claim.entities().size(), null))
			.onErrorResume((ex) -> DrainStop.of(ex).isPresent(), (ex) -> {
				this.outcomes.stopped(kind);
				return this.claims.release(claim)
					.thenReturn(new BatchReport(kind, claim.entities().size(), DrainStop.of(ex).orElseThrow()));
			});
	}

	private Mono<Loaded> write(OdooRows mapping, OdooRows.Rows batch, Set<String> held) {
		List<OdooRow> rows = batch.rows().stream().filter((row) -> held.contains(row.entity().entityId())).toList();
		ChangedColumns.Plan plan = ChangedColumns.plan(new OdooRows.Rows(batch.fields(), rows), Instant.now());
		return Flux.fromIterable(plan.groups())
			.concatMap((group) -> this.splitter.load(mapping.model(), group.fields(), group.rows()))
			.reduce(new Loaded(plan.unchanged().stream().<RowOutcome>map((row) -> row).toList(), false),
					(all, loaded) -> {
						List<RowOutcome> outcomes = new ArrayList<>(all.outcomes());
						outcomes.addAll(loaded.outcomes());
						return new Loaded(outcomes, all.split() || loaded.split());
					});
	}

	private static List<ClaimedEntity> held(List<ClaimedEntity> entities, Set<String> held) {
		return entities.stream().filter((entity) -> held.contains(entity.entityId())).toList();
	}

}
