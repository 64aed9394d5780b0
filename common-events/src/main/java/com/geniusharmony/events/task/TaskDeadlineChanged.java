package com.geniusharmony.events.task;

import java.time.LocalDate;
import java.util.Objects;

import com.geniusharmony.events.EventType;
import org.jspecify.annotations.Nullable;

/**
 * A task's deadline was set, moved or cleared ({@code task.deadline_changed}); the new
 * deadline is in the state, so that deadline reminders can re-arm.
 *
 * @param task the task's full state after the change
 * @param previousDeadline the deadline before the change, or {@code null} if the task had
 * none
 */
public record TaskDeadlineChanged(TaskState task, @Nullable LocalDate previousDeadline) implements TaskEvent {

	public TaskDeadlineChanged {
		Objects.requireNonNull(task, "task");
	}

	@Override
	public EventType type() {
		return EventType.TASK_DEADLINE_CHANGED;
	}

}
