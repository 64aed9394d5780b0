package com.geniusharmony.events.task;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A task was updated ({@code task.updated}).
 *
 * @param task the task's full state after the change
 */
public record TaskUpdated(TaskState task) implements TaskEvent {

	public TaskUpdated {
		Objects.requireNonNull(task, "task");
	}

	@Override
	public EventType type() {
		return EventType.TASK_UPDATED;
	}

}
