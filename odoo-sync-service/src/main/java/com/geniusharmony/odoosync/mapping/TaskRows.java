package com.geniusharmony.odoosync.mapping;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooField;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.StoredStates;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Tasks as {@code project.task}: name, project, deadline (a date before Odoo 17, a
 * datetime from Odoo 17 on, as {@code fields_get} says), description, and the assignees
 * who are Odoo users, found by email; the others are reported as warnings. A deleted
 * task, or one of an archived project, is archived.
 */
@Component
class TaskRows implements OdooRows {

	private final OdooClient odoo;

	private final StoredStates states;

	private final Assignees assignees;

	private final LocalTime deadlineTime;

	TaskRows(OdooClient odoo, StoredStates states, Assignees assignees, SyncProperties properties) {
		this.odoo = odoo;
		this.states = states;
		this.assignees = assignees;
		this.deadlineTime = properties.deadlineTime();
	}

	@Override
	public EntityKind kind() {
		return EntityKind.TASK;
	}

	@Override
	public String model() {
		return OdooMapping.model(kind());
	}

	@Override
	public Mono<Rows> rows(List<ClaimedEntity> entities) {
		List<TaskState> tasks = entities.stream().map((entity) -> entity.payload(TaskEvent.class).task()).toList();
		Set<String> projectIds = tasks.stream().map(TaskState::projectId).collect(Collectors.toSet());
		return Mono
			.zip(this.odoo.fieldsGet(model()), this.states.projects(projectIds),
					this.assignees.resolve(tasks.stream().flatMap((task) -> task.assigneeIds().stream()).toList()))
			.map((found) -> rows(entities, found.getT1(), found.getT2(), found.getT3(), this.deadlineTime));
	}

	static Rows rows(List<ClaimedEntity> entities, Map<String, OdooField> definitions,
			Map<String, ProjectState> projects, Assignees.Resolved resolved, LocalTime deadlineTime) {
		OdooField deadline = definitions.get("date_deadline");
		boolean state = TaskStates.supported(definitions.get(TaskStates.COLUMN));
		List<String> columns = new ArrayList<>(
				List.of("id", "name", "project_id/id", "description", OdooMapping.TASK_ASSIGNEES, "active"));
		if (deadline != null) {
			columns.add("date_deadline");
		}
		if (state) {
			columns.add(TaskStates.COLUMN);
		}
		List<OdooRow> rows = new ArrayList<>();
		for (ClaimedEntity entity : entities) {
			TaskState task = entity.payload(TaskEvent.class).task();
			ProjectState project = projects.get(task.projectId());
			boolean archived = OdooMapping.taskArchived(entity.deleted(), project != null && project.archived());
			String assignees = assignees(task, resolved, entity.base());
			String description = OdooValues.html(task.description());
			List<String> cells = new ArrayList<>(List.of(ExternalIds.of(entity.kind(), entity.entityId()), task.title(),
					ExternalIds.of(EntityKind.PROJECT, task.projectId()), description, assignees,
					OdooValues.bool(!archived)));
			List<String> values = new ArrayList<>(cells);
			values.set(3, OdooValues.text(description));
			if (deadline != null) {
				cells.add("datetime".equals(deadline.type()) ? OdooValues.datetime(task.deadline(), deadlineTime)
						: OdooValues.date(task.deadline()));
				values.add(OdooValues.date(task.deadline()));
			}
			if (state) {
				cells.add(TaskStates.toOdoo(task.status()));
				values.add(cells.get(cells.size() - 1));
			}
			rows.add(new OdooRow(entity, cells, values, archived, resolved.warnings(task.assigneeIds())));
		}
		return new Rows(columns, rows);
	}

	/**
	 * The Odoo users of the assignees who are Odoo users, and those assigned in Odoo who
	 * are no platform users, which the platform leaves as they are; in id order.
	 */
	private static String assignees(TaskState task, Assignees.Resolved resolved, @Nullable Map<String, String> agreed) {
		Set<Long> ids = new TreeSet<>();
		task.assigneeIds().stream().map(resolved::odooUserId).filter(Objects::nonNull).forEach(ids::add);
		ids.addAll(OdooUserIds.parse((agreed != null) ? agreed.get(OdooMapping.ODOO_ONLY_ASSIGNEES) : null));
		return OdooUserIds.format(ids);
	}

}
