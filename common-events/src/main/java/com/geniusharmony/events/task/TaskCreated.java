package com.geniusharmony.events.task;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A task was created ({@code task.created}).
 *
 * @param task the task's full state after the change
 */
public record TaskCreated(TaskState task) implements TaskEvent {

	public TaskCreated {
		Objects.requireNonNull(task, "task");
	}

	@Override
	public EventType type() {
		return EventType.TASK_CREATED;
	}

}
