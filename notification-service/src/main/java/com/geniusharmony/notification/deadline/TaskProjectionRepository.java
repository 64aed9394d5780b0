package com.geniusharmony.notification.deadline;

import com.geniusharmony.events.task.TaskState;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_projection} and {@code task_projection_assignee} tables. A task's state
 * is applied only if its version is newer than the one stored, in one statement, so that
 * duplicates, stale events and two replicas racing on the same task leave the newest
 * state.
 */
@Repository
class TaskProjectionRepository {

	// the CTEs share one snapshot; the task row's lock (taken by the upsert) orders
	// concurrent writers of the same task, and the foreign key is checked at the end of
	// the statement, once the task row exists
	private static final String APPLY = """
			with applied as (
			    insert into task_projection as t (task_id, project_id, title, status, deadline, version, deleted)
			    values (:taskId, :projectId, :title, :status, :deadline, :version, :deleted)
			    on conflict (task_id) do update set project_id = excluded.project_id, title = excluded.title,
			        status = excluded.status, deadline = excluded.deadline, version = excluded.version,
			        deleted = excluded.deleted
			    where t.version < excluded.version
			    returning t.task_id
			), removed as (
			    delete from task_projection_assignee a using applied
			    where a.task_id = applied.task_id and a.user_id <> all (cast(:assignees as text[]))
			), added as (
			    insert into task_projection_assignee (task_id, user_id)
			    select applied.task_id, assignee from applied, unnest(cast(:assignees as text[])) as assignee
			    on conflict do nothing
			)
			select count(*) from applied
			""";

	private final DatabaseClient database;

	TaskProjectionRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Stores a task's state unless a newer or equal version is already there.
	 * @param task the state
	 * @param version the event's aggregate version
	 * @param deleted whether the event deleted the task (its assignees are then dropped)
	 * @return whether the state was applied
	 */
	Mono<Boolean> apply(TaskState task, long version, boolean deleted) {
		String[] assignees = deleted ? new String[0] : task.assigneeIds().stream().distinct().toArray(String[]::new);
		return this.database.sql(APPLY)
			.bind("taskId", task.id())
			.bind("projectId", task.projectId())
			.bind("title", task.title())
			.bind("status", task.status().wireName())
			.bind("deadline", (task.deadline() != null) ? task.deadline() : Parameters.in(R2dbcType.DATE))
			.bind("version", version)
			.bind("deleted", deleted)
			.bind("assignees", assignees)
			.map((row) -> row.get(0, Long.class))
			.one()
			.map((applied) -> applied > 0);
	}

}
