package com.geniusharmony.core.project;

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
 * The {@code project_member} table: the members of each project in the order they were
 * added.
 */
@Repository
class ProjectMemberRepository {

	private final DatabaseClient database;

	ProjectMemberRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Makes the members of a project those of {@code next}, keeping the order of those
	 * who stay.
	 * @param projectId the project
	 * @param previous the members before
	 * @param next the members after
	 * @return completes when written
	 */
	/**
	 * The members of several rows in one query, each list in its order.
	 */
	Mono<Map<Long, List<Long>>> of(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.database.sql(
				"select project_id, user_id from project_member where project_id = any(:ids) order by project_id, position")
			.bind("ids", ids.toArray(Long[]::new))
			.map((row) -> Map.entry(row.get("project_id", Long.class), row.get("user_id", Long.class)))
			.all()
			.<Map<Long, List<Long>>>collect(HashMap::new, (byId,
					entry) -> byId.computeIfAbsent(entry.getKey(), (id) -> new ArrayList<>()).add(entry.getValue()));
	}

	Mono<Void> replace(long projectId, List<Long> previous, List<Long> next) {
		List<Long> removed = previous.stream().filter((id) -> !next.contains(id)).toList();
		List<Long> added = next.stream().filter((id) -> !previous.contains(id)).toList();
		Mono<Void> remove = removed.isEmpty() ? Mono.empty()
				: this.database.sql("delete from project_member where project_id = :project and user_id = any(:ids)")
					.bind("project", projectId)
					.bind("ids", removed.toArray(Long[]::new))
					.then();
		return remove
			.thenMany(Flux.fromIterable(added)
				.concatMap((userId) -> this.database
					.sql("insert into project_member (project_id, user_id) values (:project, :user)")
					.bind("project", projectId)
					.bind("user", userId)
					.then()))
			.then();
	}

}
