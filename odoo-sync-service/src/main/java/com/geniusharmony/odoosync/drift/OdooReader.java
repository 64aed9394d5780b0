package com.geniusharmony.odoosync.drift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.mapping.ExternalIds;
import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.odoo.OdooClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Reads the records the sync wrote to Odoo through the service's one client (so every
 * request spends the shared budget): per kind, the external ids of module
 * {@value ExternalIds#MODULE} ({@code ir.model.data}), then the records they name,
 * archived ones included, a thousand ids per request.
 */
@Component
class OdooReader {

	static final int IDS_PER_REQUEST = 1000;

	private static final Map<EntityKind, List<String>> FIELDS = Map.of(EntityKind.USER,
			List.of("name", "email", "active"), EntityKind.PROJECT, List.of("name", "active", "partner_id"),
			EntityKind.TASK, List.of("name", "project_id", "date_deadline", "active"));

	private final OdooClient odoo;

	OdooReader(OdooClient odoo) {
		this.odoo = odoo;
	}

	Mono<OdooSnapshot> read() {
		return read(EntityKind.USER).zipWith(read(EntityKind.PROJECT))
			.zipWith(read(EntityKind.TASK), (found, tasks) -> new OdooSnapshot(found.getT1(), found.getT2(), tasks));
	}

	private Mono<OdooRecords> read(EntityKind kind) {
		String model = OdooMapping.model(kind);
		List<?> domain = List.of(List.of("module", "=", ExternalIds.MODULE), List.of("model", "=", model));
		return this.odoo.searchRead("ir.model.data", domain, List.of("name", "res_id"), false).flatMap((data) -> {
			Map<Long, String> entityByOdooId = new HashMap<>();
			for (JsonNode row : data) {
				ExternalIds.entityId(kind, row.path("name").asString(""))
					.ifPresent((entityId) -> entityByOdooId.put(row.path("res_id").asLong(), entityId));
			}
			return Flux.fromIterable(chunks(new ArrayList<>(entityByOdooId.keySet())))
				.concatMap(
						(ids) -> this.odoo.searchRead(model, List.of(List.of("id", "in", ids)), FIELDS.get(kind), true))
				.flatMapIterable((records) -> records)
				.collectMap((record) -> entityByOdooId.get(record.path("id").asLong()), (record) -> record)
				.map((byEntity) -> new OdooRecords(kind, byEntity, entityByOdooId));
		});
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> chunks = new ArrayList<>();
		for (int start = 0; start < ids.size(); start += IDS_PER_REQUEST) {
			chunks.add(ids.subList(start, Math.min(ids.size(), start + IDS_PER_REQUEST)));
		}
		return chunks;
	}

}
