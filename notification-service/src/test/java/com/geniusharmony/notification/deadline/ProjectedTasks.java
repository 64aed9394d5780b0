package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Reads the task projection as the deadline check sees it.
 */
final class ProjectedTasks {

	private final DatabaseClient database;

	ProjectedTasks(DatabaseClient database) {
		this.database = database;
	}

	Optional<Row> find(String taskId) {
		Optional<Row> task = this.database
			.sql("select title, status, deadline, version, deleted from task_projection where task_id = :id")
			.bind("id", taskId)
			.map((row) -> new Row(row.get("title", String.class), row.get("status", String.class),
					row.get("deadline", LocalDate.class), row.get("version", Long.class),
					row.get("deleted", Boolean.class), List.of()))
			.one()
			.blockOptional(Duration.ofSeconds(10));
		return task.map((row) -> new Row(row.title(), row.status(), row.deadline(), row.version(), row.deleted(),
				assignees(taskId)));
	}

	private List<String> assignees(String taskId) {
		return this.database.sql("select user_id from task_projection_assignee where task_id = :id order by user_id")
			.bind("id", taskId)
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block(Duration.ofSeconds(10));
	}

	record Row(String title, String status, @Nullable LocalDate deadline, long version, boolean deleted,
			List<String> assignees) {

	}

}
