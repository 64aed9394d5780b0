package com.geniusharmony.events.task;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was unassigned from a task ({@code task.assignee_removed}); the state no longer
 * lists them.
 *
 * @param task the task's full state after the change
 * @param assigneeId id of the user who was unassigned
 */
public record TaskAssigneeRemoved(TaskState task, String assigneeId) implements TaskEvent {

	public TaskAssigneeRemoved {
		Objects.requireNonNull(task, "task");
		Objects.requireNonNull(assigneeId, "assigneeId");
		if (task.assigneeIds().contains(assigneeId)) {
			throw new IllegalArgumentException(
					"removed assignee " + assigneeId + " must no longer be among the task's assignees");
		}
	}

	@Override
	public EventType type() {
		return EventType.TASK_ASSIGNEE_REMOVED;
	}

}
