package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Finds, just before a push, the records changed in Odoo since both sides last agreed and
 * not read by the poller yet (ADR 0016): a push of those would write over a change that
 * may be the later one. The push leaves them for the poll it asks for, which decides by
 * the conflict rule; they are pushed at a later drain. With polling off, nothing is left
 * out.
 */
@Component
public class UnreadOdooChanges {

	private static final Logger log = LoggerFactory.getLogger(UnreadOdooChanges.class);

	private final OdooClient odoo;

	private final PullCursors cursors;

	private final PullProperties properties;

	UnreadOdooChanges(OdooClient odoo, PullCursors cursors, PullProperties properties) {
		this.odoo = odoo;
		this.cursors = cursors;
		this.properties = properties;
	}

	/**
	 * Reads the records of the entities about to be pushed, in one request.
	 * @param kind their kind
	 * @param entities the entities; only those Odoo has and whose agreed values are known
	 * are read
	 * @return the ids of the entities changed in Odoo, to leave out of the push (and hold
	 * until the poll, {@link #holdFor()})
	 */
	public Mono<Set<String>> find(EntityKind kind, List<ClaimedEntity> entities) {
		Map<Long, ClaimedEntity> byOdooId = entities.stream()
			.filter((entity) -> entity.odooId() != null && entity.base() != null && !entity.deleted())
			.collect(Collectors.toMap(ClaimedEntity::odooId, (entity) -> entity, (first, second) -> first));
		if (!this.properties.enabled() || byOdooId.isEmpty()) {
			return Mono.just(Set.of());
		}
		String model = OdooMapping.model(kind);
		return this.odoo.fieldsGet(model)
			.flatMap((definitions) -> this.odoo.searchRead(model,
					List.of(List.of("id", "in", List.copyOf(byOdooId.keySet()))), PulledFields.read(kind, definitions),
					true))
			.map((records) -> records.stream()
				.map((record) -> PulledFields.record(kind, record))
				.filter((record) -> changed(record, byOdooId.get(record.odooId())))
				.map((record) -> byOdooId.get(record.odooId()).entityId())
				.collect(Collectors.toUnmodifiableSet()))
			.flatMap((changed) -> {
				if (changed.isEmpty()) {
					return Mono.just(changed);
				}
				log.info("{} {}(s) changed in Odoo since the last poll wait for the poll before being written: {}",
						changed.size(), kind.wireName(), changed);
				return this.cursors.request().thenReturn(changed);
			});
	}

	/**
	 * @return the longest an entity left out of a push waits for the poll
	 */
	public Duration holdFor() {
		return this.properties.holdTimeout();
	}

	private static boolean changed(PulledRecord record, ClaimedEntity entity) {
		if (entity == null || entity.base() == null) {
			return false;
		}
		return record.values()
			.entrySet()
			.stream()
			.anyMatch((value) -> ChangeDetector.changedInOdoo(value.getKey(), value.getValue(), entity.base()));
	}

}
