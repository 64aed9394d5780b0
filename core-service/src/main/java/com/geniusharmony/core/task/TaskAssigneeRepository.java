package com.geniusharmony.core.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * The assignees of several rows in one query, each list in its order.
	 */
	Mono<Map<Long, List<Long>>> of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.database
			.sql("select task_id, user_id from task_assignee where task_id = any(:ids) order by task_id, position")
			.bind("ids", ids.toArray(Long[]::new))
			.map((row) -> Map.entry(row.get("task_id", Long.class), row.get("user_id", Long.class)))
			.all()
			.<Map<Long, List<Long>>>collect(HashMap::new, (byId,
					entry) -> byId.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>()).add(entry.getValue()));
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
