package com.geniusharmony.core.task;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code task_assignee} table: the assignees of each task in the order they were
 * assigned.
 */
@Repository
class TaskAssigneeRepository {

	private final DatabaseClient database;

	TaskAssigneeRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<List<Long>> of(long taskId) {
		return this.database.sql("select user_id from task_assignee where task_id = :id order by position")
			.bind("id", taskId)
			.map((row) -> row.get(0, Long.class))
			.all()
			.collectList();
	}

	Mono<Void> replace(long taskId, List<Long> previous, List<Long> next) {
		List<Long> removed = previous.stream().filter((id) -> !next.contains(id)).toList();
		List<Long> added = next.stream().filter((id) -> !previous.contains(id)).toList();
		Mono<Void> remove = removed.isEmpty() ? Mono.empty()
				: this.database.sql("delete from task_assignee where task_id = :task and user_id = any(:ids)")
					.bind("task", taskId)
					.bind("ids", removed.toArray(Long[]::new))
					.then();
		return remove
			.thenMany(Flux.fromIterable(added)
				.concatMap((userId) -> this.database
					.sql("insert into task_assignee (task_id, user_id) values (:task, :user)")
					.bind("task", taskId)
					.bind("user", userId)
					.then()))
			.then();
	}

}
