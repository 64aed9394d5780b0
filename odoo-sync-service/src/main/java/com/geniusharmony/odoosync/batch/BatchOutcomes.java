package com.geniusharmony.odoosync.batch;

import java.util.List;
import java.util.Set;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.odoosync.batch.RefusalSplitter.Loaded;
import com.geniusharmony.odoosync.odoolink.OdooLinks;
import com.geniusharmony.odoosync.state.Claim;
import com.geniusharmony.odoosync.state.ClaimRepository;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.OutcomeRepository;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Records what became of a claim's rows, publishes the links of those that landed, and
 * logs and counts it all. A row whose claim lapsed while Odoo was written is marked for
 * another write, since another instance may have written an older state after it.
 */
@Component
class BatchOutcomes {

	private static final Logger log = LoggerFactory.getLogger(BatchOutcomes.class);

	private final OutcomeRepository outcomes;

	private final ClaimRepository claims;

	private final OdooLinks links;

	private final SyncMetrics metrics;

	private final TransactionalOperator transactions;

	BatchOutcomes(OutcomeRepository outcomes, ClaimRepository claims, OdooLinks links, SyncMetrics metrics,
			TransactionalOperator transactions) {
		this.outcomes = outcomes;
		this.claims = claims;
		this.links = links;
		this.metrics = metrics;
		this.transactions = transactions;
	}

	Mono<Void> record(Claim claim, String model, Loaded loaded, boolean loadedRows) {
		List<Landed> landed = loaded.outcomes()
			.stream()
			.filter(Landed.class::isInstance)
			.map(Landed.class::cast)
			.toList();
		List<Refused> refused = loaded.outcomes()
			.stream()
			.filter(Refused.class::isInstance)
			.map(Refused.class::cast)
			.toList();
		if (loadedRows) {
			this.metrics.batch(claim.kind(), loaded.split() ? "split" : "ok");
		}
		// what landed, and the links and their events, in one transaction
		return this.outcomes.landed(claim, landed)
			.flatMap((recorded) -> rewriteLapsed(claim, landed, recorded)
				.then(Mono.defer(() -> linked(model, landed, recorded))))
			.as(this.transactions::transactional)
			.then(Mono.defer(() -> this.outcomes.refused(claim, refused)))
			.doOnNext((parked) -> refused.forEach((row) -> failed(row, parked.contains(row.entity().entityId()))))
			.then();
	}

	void stopped(EntityKind kind) {
		this.metrics.batch(kind, "failed");
	}

	private Mono<Long> rewriteLapsed(Claim claim, List<Landed> landed, Set<String> recorded) {
		List<String> lapsed = landed.stream()
			.filter((row) -> row.odooId() != null && !recorded.contains(row.entity().entityId()))
			.map((row) -> row.entity().entityId())
			.toList();
		if (!lapsed.isEmpty()) {
			log.warn("The claim on {} {}s lapsed while they were written to Odoo; they will be written again",
					lapsed.size(), claim.kind().wireName());
		}
		return this.claims.rewrite(claim.kind(), lapsed);
	}

	private Mono<Void> linked(String model, List<Landed> landed, Set<String> recorded) {
		List<Landed> synced = landed.stream().filter((row) -> recorded.contains(row.entity().entityId())).toList();
		synced.forEach(this::landed);
		return this.links.established(synced.stream()
			.filter((row) -> row.odooId() != null)
			.map((row) -> new OdooLinkEstablished(row.entity().kind(), row.entity().entityId(), model, row.odooId(),
					row.entity().version(), row.warnings()))
			.toList());
	}

	private void landed(Landed row) {
		ClaimedEntity entity = row.entity();
		String kind = entity.kind().wireName();
		String noun = noun(entity.kind());
		if (row.odooId() == null && entity.odooId() == null) {
			log.info("{} {} was deleted before it reached Odoo; nothing to do", kind, entity.entityId());
			return;
		}
		if (row.odooId() == null) {
			log.info("Deleted Odoo {} {} for {} {}", noun, entity.odooId(), kind, entity.entityId());
		}
		else if (entity.odooId() == null) {
			log.info("Created Odoo {} {} for {} {}", noun, row.odooId(), kind, entity.entityId());
		}
		else {
			log.info("{} Odoo {} {} for {} {}", row.archived() ? "Archived" : "Updated", noun, row.odooId(), kind,
					entity.entityId());
		}
		if (!row.warnings().isEmpty()) {
			log.warn("{} {} is in Odoo with warnings: {}", kind, entity.entityId(), String.join("; ", row.warnings()));
		}
		this.metrics.record(entity.kind(), row.archived() ? "archived" : "synced");
	}

	private void failed(Refused row, boolean parked) {
		ClaimedEntity entity = row.entity();
		if (parked) {
			log.error("Odoo refused {} {} again; parked until an operator replays it: {}", entity.kind().wireName(),
					entity.entityId(), row.error());
		}
		else {
			log.warn("Odoo refused {} {}; it will be retried: {}", entity.kind().wireName(), entity.entityId(),
					row.error());
		}
		this.metrics.record(entity.kind(), "failed");
	}

	static String noun(EntityKind kind) {
		return switch (kind) {
			case USER -> "partner";
			case PROJECT -> "project";
			case TASK -> "task";
		};
	}

}
