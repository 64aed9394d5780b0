package com.geniusharmony.events.task;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was assigned to a task ({@code task.assignee_added}); the state lists the new
 * assignee.
 *
 * @param task the task's full state after the change
 * @param assigneeId id of the user who was assigned
 */
public record TaskAssigneeAdded(TaskState task, String assigneeId) implements TaskEvent {

	public TaskAssigneeAdded {
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(assigneeId, "assigneeId");
		if (!task.assigneeIds().contains(assigneeId)) {
			throw new IllegalArgumentException("added assignee " + assigneeId + " must be among the task's assignees");
		}
	}

	@Override
	public EventType type() {
		return EventType.TASK_ASSIGNEE_ADDED;
	}

}
