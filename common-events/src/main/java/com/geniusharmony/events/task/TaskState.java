package com.geniusharmony.events.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The full state of a task as events carry it.
 *
 * @param id opaque task id
 * @param projectId id of the project the task belongs to
 * @param title task title
 * @param description description, empty if none
 * @param status where the task stands
 * @param deadline the day the task is due, or {@code null} if it has none
 * @param assigneeIds ids of the users assigned to the task, in the order they were
 * assigned
 */
public record TaskState(String id, String projectId, String title, String description, TaskStatus status,
		@Nullable LocalDate deadline, List<String> assigneeIds) {

	public TaskState {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(status, "status");
		assigneeIds = List.copyOf(assigneeIds);
	}

}
