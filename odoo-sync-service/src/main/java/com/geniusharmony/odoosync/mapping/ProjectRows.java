package com.geniusharmony.odoosync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Projects as {@code project.project}: name, description, the owner's contact as the
 * project's partner, the start and end dates where the model has them, archived when the
 * project is.
 */
@Component
class ProjectRows implements OdooRows {

	private final OdooClient odoo;

	ProjectRows(OdooClient odoo) {
		this.odoo = odoo;
	}

	@Override
	public EntityKind kind() {
		return EntityKind.PROJECT;
	}

	@Override
	public String model() {
		return OdooMapping.model(kind());
	}

	@Override
	public Mono<Rows> rows(List<ClaimedEntity> entities) {
		return this.odoo.fieldsGet(model()).map((definitions) -> rows(entities, definitions));
	}

	static Rows rows(List<ClaimedEntity> entities, Map<String, OdooField> definitions) {
		boolean dates = definitions.containsKey("date_start") && definitions.containsKey("date");
		List<String> columns = new ArrayList<>(List.of("id", "name", "description", "partner_id/id", "active"));
		if (dates) {
			columns.addAll(List.of("date_start", "date"));
		}
		return new Rows(columns, entities.stream().map((entity) -> row(entity, dates)).toList());
	}

	private static OdooRow row(ClaimedEntity entity, boolean dates) {
		ProjectState project = entity.payload(ProjectEvent.class).project();
		List<String> cells = new ArrayList<>(List.of(ExternalIds.of(entity.kind(), entity.entityId()), project.name(),
				OdooValues.html(project.description()), ExternalIds.of(EntityKind.USER, project.ownerId()),
				OdooValues.bool(!project.archived())));
		if (dates) {
			cells.add(OdooValues.date(project.startDate()));
			cells.add(OdooValues.date(project.endDate()));
		}
		return new OdooRow(entity, cells, project.archived(), List.of());
	}

}
