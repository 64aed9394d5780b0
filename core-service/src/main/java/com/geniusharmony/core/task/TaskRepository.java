package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.SqlValues;
import com.geniusharmony.core.api.StaleVersionException;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

/**
 * The {@code task} table, with the assignees from {@link TaskAssigneeRepository}. An
 * update or a deletion applies only to the version it read.
 */
@Repository
class TaskRepository {

	private static final String COLUMNS = "t.id, t.project_id, t.title, t.description, t.status, t.deadline, t.version";

	static final String MEMBER_OF_PROJECT = "exists (select 1 from project p where p.id = t.project_id and (p.owner_id = :caller"
			+ " or exists (select 1 from project_member m where m.project_id = p.id and m.user_id = :caller)))";

	private static final String VISIBLE = "(" + MEMBER_OF_PROJECT
			+ " or exists (select 1 from task_assignee a where a.task_id = t.id and a.user_id = :caller))";

	private final DatabaseClient database;

	private final TaskAssigneeRepository assignees;

	TaskRepository(DatabaseClient database, TaskAssigneeRepository assignees) {
		this.database = database;
		this.assignees = assignees;
	}

	Mono<Task> findById(long id) {
		return this.database.sql("select " + COLUMNS + " from task t where t.id = :id")
			.bind("id", id)
			.map(TaskRepository::task)
			.one()
			.flatMap(this::withAssignees);
	}

	/**
	 * A page of tasks with their assignees, in two queries whatever the page's size.
	 */
	Mono<List<Task>> page(TaskFilter filter, PageQuery page) {
		Map<String, Object> binds = new LinkedHashMap<>();
		String where = where(filter, binds);
		GenericExecuteSpec spec = this.database
			.sql("select " + COLUMNS + " from task t" + where + " order by t.id limit :limit offset :offset")
			.bind("limit", page.size())
			.bind("offset", page.offset());
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map(TaskRepository::task).all().collectList().flatMap(this::withAssignees);
	}

	Mono<Long> count(TaskFilter filter) {
		Map<String, Object> binds = new LinkedHashMap<>();
		GenericExecuteSpec spec = this.database.sql("select count(*) from task t" + where(filter, binds));
		for (Map.Entry<String, Object> bind : binds.entrySet()) {
			spec = spec.bind(bind.getKey(), bind.getValue());
		}
		return spec.map((row) -> row.get(0, Long.class)).one();
	}

	Mono<Task> insert(Task task) {
		return this.database.sql("""
				insert into task as t (project_id, title, description, status, deadline, version)
				values (:projectId, :title, :description, :status, :deadline, :version)
				returning""" + " " + COLUMNS)
			.bind("projectId", task.projectId())
			.bind("title", task.title())
			.bind("description", task.description())
			.bind("status", task.status().wireName())
			.bind("deadline", SqlValues.date(task.deadline()))
			.bind("version", task.version())
			.map(TaskRepository::task)
			.one()
			.flatMap((created) -> this.assignees.replace(created.id(), List.of(), task.assigneeIds())
				.thenReturn(created.withAssignees(task.assigneeIds())));
	}

	Mono<Task> update(Task changed, Task previous) {
		return this.database.sql("""
				update task set title = :title, description = :description, status = :status,
					deadline = :deadline, version = :version, updated_at = now()
				where id = :id and version = :readVersion""")
			.bind("id", changed.id())
			.bind("title", changed.title())
			.bind("description", changed.description())
			.bind("status", changed.status().wireName())
			.bind("deadline", SqlValues.date(changed.deadline()))
			.bind("version", changed.version())
			.bind("readVersion", previous.version())
			.fetch()
			.rowsUpdated()
			.as((rows) -> StaleVersionException.unlessOneRow(rows, "task", changed.id()))
			.then(Mono.defer(() -> this.assignees.replace(changed.id(), previous.assigneeIds(), changed.assigneeIds())))
			.thenReturn(changed);
	}

	Mono<Void> delete(Task task) {
		return this.database.sql("delete from task where id = :id and version = :readVersion")
			.bind("id", task.id())
			.bind("readVersion", task.version())
			.fetch()
			.rowsUpdated()
			.as((rows) -> StaleVersionException.unlessOneRow(rows, "task", task.id()));
	}

	private Mono<Task> withAssignees(Task task) {
		return withAssignees(List.of(task)).map((tasks) -> tasks.get(0));
	}

	private Mono<List<Task>> withAssignees(List<Task> tasks) {
		return this.assignees.of(tasks.stream().map(Task::id).toList())
			.map((byTask) -> tasks.stream()
				.map((task) -> task.withAssignees(byTask.getOrDefault(task.id(), List.of())))
				.toList());
	}

	private static String where(TaskFilter filter, Map<String, Object> binds) {
		List<String> conditions = new ArrayList<>();
		if (filter.projectId() != null) {
			conditions.add("t.project_id = :projectId");
			binds.put("projectId", filter.projectId());
		}
		if (filter.status() != null) {
			conditions.add("t.status = :status");
			binds.put("status", filter.status());
		}
		if (filter.assigneeId() != null) {
			conditions.add("exists (select 1 from task_assignee f where f.task_id = t.id and f.user_id = :assignee)");
			binds.put("assignee", filter.assigneeId());
		}
		if (filter.visibleTo() != null) {
			conditions.add(VISIBLE);
			binds.put("caller", filter.visibleTo());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static Task task(Readable row) {
		return new Task(row.get("id", Long.class), row.get("project_id", Long.class), row.get("title", String.class),
				row.get("description", String.class), Task.status(row.get("status", String.class)),
				row.get("deadline", LocalDate.class), row.get("version", Long.class), List.of());
	}

}
