package com.geniusharmony.notification.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.geniusharmony.events.task.TaskState;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_projection} and {@code task_projection_assignee} tables. A task's state
 * is applied only if its version is newer than the one stored, in one statement for many
 * tasks, so that duplicates, stale events and two replicas racing on the same task leave
 * the newest state.
 */
@Repository
class TaskProjectionRepository {

	// the CTEs share one snapshot; the task rows' locks (taken by the upsert) order
	// concurrent writers of the same task, and the foreign key is checked at the end of
	// the statement, once the task rows exist; the assignees come as (task, user) pairs
	private static final String APPLY = """
			with applied as (
			    insert into task_projection as t (task_id, project_id, title, status, deadline, version, deleted)
			    select task_id, project_id, title, status, deadline::date, version, deleted
			    from unnest(cast(:taskIds as text[]), cast(:projectIds as text[]), cast(:titles as text[]),
			        cast(:statuses as text[]), cast(:deadlines as text[]), cast(:versions as bigint[]),
			        cast(:deleted as boolean[])) as c (task_id, project_id, title, status, deadline, version, deleted)
			    on conflict (task_id) do update set project_id = excluded.project_id, title = excluded.title,
			        status = excluded.status, deadline = excluded.deadline, version = excluded.version,
			        deleted = excluded.deleted
			    where t.version < excluded.version
			    returning t.task_id
			), assignee as (
			    select task_id, user_id
			    from unnest(cast(:assigneeTaskIds as text[]), cast(:assigneeUserIds as text[])) as a (task_id, user_id)
			), removed as (
			    delete from task_projection_assignee a using applied
			    where a.task_id = applied.task_id
			        and not exists (select 1 from assignee n where n.task_id = a.task_id and n.user_id = a.user_id)
			), added as (
			    insert into task_projection_assignee (task_id, user_id)
			    select assignee.task_id, assignee.user_id from applied join assignee using (task_id)
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
		return apply(List.of(new ProjectedTask(task, version, deleted))).map((applied) -> applied > 0);
	}

	/**
	 * Stores tasks' states, each unless a newer or equal version of its task is already
	 * there, in one statement.
	 * @param tasks the states, in any order; of several states of one task only the
	 * latest counts
	 * @return how many were applied
	 */
	Mono<Long> apply(Collection<ProjectedTask> tasks) {
		List<ProjectedTask> latest = latestPerTask(tasks);
		if (latest.isEmpty()) {
			return Mono.just(0L);
		}
		List<String> assigneeTaskIds = new ArrayList<>();
		List<String> assigneeUserIds = new ArrayList<>();
		for (ProjectedTask projected : latest) {
			if (!projected.deleted()) {
				projected.task().assigneeIds().stream().distinct().forEach((userId) -> {
					assigneeTaskIds.add(projected.task().id());
					assigneeUserIds.add(userId);
				});
			}
		}
		return this.database.sql(APPLY)
			.bind("taskIds", latest.stream().map((projected) -> projected.task().id()).toArray(String[]::new))
			.bind("projectIds", latest.stream().map((projected) -> projected.task().projectId()).toArray(String[]::new))
			.bind("titles", latest.stream().map((projected) -> projected.task().title()).toArray(String[]::new))
			.bind("statuses",
					latest.stream().map((projected) -> projected.task().status().wireName()).toArray(String[]::new))
			.bind("deadlines", latest.stream().map(ProjectedTask::deadline).toArray(String[]::new))
			.bind("versions", latest.stream().map(ProjectedTask::version).toArray(Long[]::new))
			.bind("deleted", latest.stream().map(ProjectedTask::deleted).toArray(Boolean[]::new))
			.bind("assigneeTaskIds", assigneeTaskIds.toArray(String[]::new))
			.bind("assigneeUserIds", assigneeUserIds.toArray(String[]::new))
			.map((row) -> row.get(0, Long.class))
			.one();
	}

	/**
	 * One statement may not change a row twice, and only the highest version of a task
	 * would be kept anyway. The rows are locked in the order of their ids, so that two
	 * statements over the same tasks (a rebalance between replicas) cannot deadlock.
	 */
	private static List<ProjectedTask> latestPerTask(Collection<ProjectedTask> tasks) {
		Map<String, ProjectedTask> latest = new TreeMap<>();
		for (ProjectedTask projected : tasks) {
			latest.merge(projected.task().id(), projected,
					(kept, next) -> (next.version() > kept.version()) ? next : kept);
		}
		return List.copyOf(latest.values());
	}

}
