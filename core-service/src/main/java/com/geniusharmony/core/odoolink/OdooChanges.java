package com.geniusharmony.core.odoolink;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.Transactions;
import com.geniusharmony.core.odoolink.ChangedFields.Reason;
import com.geniusharmony.core.odoolink.ChangedFields.Skipped;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the changes made in Odoo, each once: in one transaction, records the change's
 * version for its entity (a change at or below the last one applied is a redelivery, and
 * is dropped) and has the entity's feature apply it through its normal write path. A
 * collision with a concurrent change of the entity runs the whole again on fresh state,
 * as for the API. The outcome and the skipped fields are logged and counted after the
 * commit.
 */
@Component
class OdooChanges {

	private static final Logger log = LoggerFactory.getLogger(OdooChanges.class);

	private final Map<EntityKind, OdooChangeApplier> appliers = new EnumMap<>(EntityKind.class);

	private final OdooChangeVersions versions;

	private final Transactions transactions;

	private final OdooChangeMetrics metrics;

	OdooChanges(List<OdooChangeApplier> appliers, OdooChangeVersions versions, Transactions transactions,
			OdooChangeMetrics metrics) {
		appliers.forEach((applier) -> this.appliers.put(applier.kind(), applier));
		for (EntityKind kind : EntityKind.values()) {
			if (!this.appliers.containsKey(kind)) {
				throw new IllegalStateException("No OdooChangeApplier for " + kind.wireName());
			}
		}
		this.versions = versions;
		this.transactions = transactions;
		this.metrics = metrics;
	}

	/**
	 * Applies a change made in Odoo unless it was applied already.
	 * @param change the change
	 * @param changeVersion the change event's aggregate version
	 * @return what applying it did, once committed
	 */
	Mono<Outcome> apply(OdooRecordChanged change, long changeVersion) {
		EntityKind kind = change.entityKind();
		Long entityId = Ids.parse(change.entityId()).orElse(null);
		if (entityId == null) {
			log.warn("Dropping the change made in Odoo to {} {} (change {}): not an id of this service",
					kind.wireName(), change.entityId(), changeVersion);
			this.metrics.counted(kind, Outcome.MISSING);
			return Mono.just(Outcome.MISSING);
		}
		OdooChangeApplier applier = this.appliers.get(kind);
		return this.transactions.write(() -> {
			ChangedFields fields = new ChangedFields();
			return this.versions.claim(kind, entityId, changeVersion)
				.flatMap((claimed) -> claimed ? applier.apply(entityId, change, fields)
					.map((changed) -> changed ? Outcome.APPLIED : Outcome.UNCHANGED)
					.defaultIfEmpty(Outcome.MISSING) : Mono.just(Outcome.DUPLICATE))
				.map((outcome) -> new Applied(outcome, fields.skipped()));
		}).map((applied) -> {
			report(kind, entityId, changeVersion, applied);
			return applied.outcome();
		});
	}

	private void report(EntityKind kind, long entityId, long changeVersion, Applied applied) {
		for (Skipped skipped : applied.skipped()) {
			if (skipped.reason() == Reason.PLATFORM_CHANGED) {
				log.info("Skipped {} of the change made in Odoo to {} {} (change {}): {}", skipped.field(),
						kind.wireName(), entityId, changeVersion, skipped.detail());
			}
			else {
				log.warn("Skipped {} of the change made in Odoo to {} {} (change {}): {}", skipped.field(),
						kind.wireName(), entityId, changeVersion, skipped.detail());
			}
			this.metrics.skipped(kind, skipped);
		}
		switch (applied.outcome()) {
			case APPLIED -> log.info("Applied the change made in Odoo to {} {} (change {})", kind.wireName(), entityId,
					changeVersion);
			case UNCHANGED -> log.info("The change made in Odoo to {} {} (change {}) changed nothing", kind.wireName(),
					entityId, changeVersion);
			case DUPLICATE -> log.info("Dropping the change made in Odoo to {} {} (change {}): applied already",
					kind.wireName(), entityId, changeVersion);
			case MISSING -> log.info("Dropping the change made in Odoo to {} {} (change {}): no such {}",
					kind.wireName(), entityId, changeVersion, kind.wireName());
		}
		this.metrics.counted(kind, applied.outcome());
	}

	/**
	 * What applying a change did, as the metrics tag it.
	 */
	enum Outcome {

		/** The entity changed: a new version and its events. */
		APPLIED("applied"),

		/** Every field was skipped or had its value already: no version, no event. */
		UNCHANGED("unchanged"),

		/** The change, or a later one, was applied already. */
		DUPLICATE("duplicate"),

		/** The entity does not exist (deleted) or the id is not one of this service. */
		MISSING("missing");

		private final String tag;

		Outcome(String tag) {
			this.tag = tag;
		}

		String tag() {
			return this.tag;
		}

	}

	/**
	 * What an attempt of a change did.
	 *
	 * @param outcome its outcome
	 * @param skipped the fields it skipped
	 */
	private record Applied(Outcome outcome, List<Skipped> skipped) {

	}

}
