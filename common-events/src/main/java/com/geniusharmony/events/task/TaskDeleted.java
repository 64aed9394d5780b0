package com.geniusharmony.events.task;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A task was deleted ({@code task.deleted}); the state is the last one the task had.
 *
 * @param task the task's last full state
 */
public record TaskDeleted(TaskState task) implements TaskEvent {

	public TaskDeleted {
		Objects.requireNonNull(task, "task");
	}

	@Override
	public EventType type() {
		return EventType.TASK_DELETED;
	}

}
