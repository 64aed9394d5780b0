package com.geniusharmony.core.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.support.security.CurrentUser;
import com.geniusharmony.support.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Checks what a task refers to and who may work on it: its project must exist, be active
 * and have the caller as owner or member (or the caller is an administrator); its
 * assignees must be active users.
 */
@Component
class TaskReferences {

	private final DatabaseClient database;

	TaskReferences(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Whether the caller is an administrator or the owner or a member of the project.
	 */
	Mono<Boolean> belongsToProject(long projectId, CurrentUser caller) {
		if (caller.isAdmin()) {
			return Mono.just(true);
		}
		return this.database.sql("select " + TaskRepository.MEMBER_OF_PROJECT.replace("t.project_id", ":project"))
			.bind("project", projectId)
			.bind("caller", Ids.parse(caller.id()).orElse(-1L))
			.map((row) -> row.get(0, Boolean.class))
			.one();
	}

	Mono<Long> project(String projectId, CurrentUser caller) {
		long id = Ids.parse(projectId).orElse(-1L);
		return this.database.sql("select archived from project where id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.filterWhen((archived) -> belongsToProject(id, caller))
			.switchIfEmpty(
					Mono.error(() -> new InvalidFieldsException("project_id", "must be a project you are a member of")))
			.flatMap((archived) -> archived
					? Mono.error(new InvalidFieldsException("project_id", "must not be an archived project"))
					: Mono.just(id));
	}

	Mono<List<Long>> assignees(@Nullable List<String> assigneeIds) {
		if (assigneeIds == null || assigneeIds.isEmpty()) {
			return Mono.just(List.of());
		}
		List<Long> wanted = new ArrayList<>();
		for (String assignee : assigneeIds) {
			wanted.add(Ids.parse(assignee).orElse(-1L));
		}
		return activeUsers(wanted).flatMap((found) -> {
			for (int i = 0; i < wanted.size(); i++) {
				if (!found.contains(wanted.get(i))) {
					return Mono.error(new InvalidFieldsException("assignee_ids[" + i + "]", "must be an active user"));
				}
			}
			return Mono.just(List.copyOf(new LinkedHashSet<>(wanted)));
		});
	}

	/**
	 * Which of some users exist and are active.
	 * @param ids the users
	 * @return those of them that exist and are active, in no particular order
	 */
	Mono<List<Long>> activeUsers(List<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.database.sql("select id from app_user where id = any(:ids) and active")
			.bind("ids", ids.toArray(Long[]::new))
			.map((row) -> row.get(0, Long.class))
			.all()
			.collectList();
	}

}
