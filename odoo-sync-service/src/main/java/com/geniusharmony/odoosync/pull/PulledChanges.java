package com.geniusharmony.odoosync.pull;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.odoolink.OdooLinks;
import com.geniusharmony.odoosync.state.Claim;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.OutcomeRepository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Records what the poller found of one record, in one transaction: what both sides agree
 * on now (with the values handed to core-service, which pushes leave alone meanwhile),
 * the {@code odoo.record_changed} event for core-service, and the {@code odoo_change} row
 * operators see.
 */
@Component
class PulledChanges {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String INSERT = """
			insert into odoo_change (kind, entity_id, odoo_model, odoo_id, odoo_write_date, changes, conflicts, warnings)
			values (:kind, :entityId, :model, :odooId, :writeDate, cast(:changes as jsonb), cast(:conflicts as jsonb),
				cast(:warnings as jsonb))""";

	private final OutcomeRepository outcomes;

	private final OdooLinks links;

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	PulledChanges(OutcomeRepository outcomes, OdooLinks links, DatabaseClient database,
			TransactionalOperator transactions) {
		this.outcomes = outcomes;
		this.links = links;
		this.database = database;
		this.transactions = transactions;
	}

	Mono<Void> record(Claim claim, ClaimedEntity entity, PulledRecord odoo, Detection detection) {
		Instant writeDate = odoo.writeDate().toInstant(ZoneOffset.UTC);
		Mono<Void> event = detection.hasChanges()
				? this.links.changed(new OdooRecordChanged(entity.kind(), entity.entityId(),
						OdooMapping.model(entity.kind()), odoo.odooId(), entity.version(), writeDate,
						detection.changes(), detection.assigneesAdded(), detection.assigneesRemoved()), Instant.now())
				: Mono.empty();
		Mono<Void> note = detection.isNoteworthy() ? note(entity, odoo, writeDate, detection) : Mono.empty();
		return this.outcomes.pulled(claim, entity.entityId(), detection.agreed())
			.filter(Boolean::booleanValue)
			.flatMap((held) -> event.then(note))
			.as(this.transactions::transactional);
	}

	private Mono<Void> note(ClaimedEntity entity, PulledRecord odoo, Instant writeDate, Detection detection) {
		List<Map<String, Object>> conflicts = detection.conflicts().stream().map((conflict) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("field", conflict.field());
			json.put("platform", conflict.platformValue());
			json.put("odoo", conflict.odooValue());
			json.put("winner", conflict.winner());
			json.put("lost", conflict.lostValue());
			return json;
		}).toList();
		List<Map<String, Object>> changes = detection.changes().stream().map((change) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("field", change.field());
			json.put("from", change.from());
			json.put("to", change.to());
			return json;
		}).toList();
		Map<String, Object> assignees = new LinkedHashMap<>();
		if (!detection.assigneesAdded().isEmpty() || !detection.assigneesRemoved().isEmpty()) {
			assignees.put("field", "assignee_ids");
			assignees.put("added", detection.assigneesAdded());
			assignees.put("removed", detection.assigneesRemoved());
		}
		List<Map<String, Object>> all = new ArrayList<>(changes);
		if (!assignees.isEmpty()) {
			all.add(assignees);
		}
		return this.database.sql(INSERT)
			.bind("kind", entity.kind().wireName())
			.bind("entityId", entity.entityId())
			.bind("model", OdooMapping.model(entity.kind()))
			.bind("odooId", odoo.odooId())
			.bind("writeDate", writeDate.atOffset(ZoneOffset.UTC))
			.bind("changes", MAPPER.writeValueAsString(all))
			.bind("conflicts", MAPPER.writeValueAsString(conflicts))
			.bind("warnings", MAPPER.writeValueAsString(detection.warnings()))
			.then();
	}

}
