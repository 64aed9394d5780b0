package com.geniusharmony.notification.deadline;

import com.geniusharmony.events.task.TaskState;
import org.jspecify.annotations.Nullable;

/**
 * A task's state as a task event carries it, for the projection.
 *
 * @param task the state
 * @param version the event's aggregate version
 * @param deleted whether the event deleted the task (its assignees are then dropped)
 */
record ProjectedTask(TaskState task, long version, boolean deleted) {

	@Nullable String deadline() {
		return (this.task.deadline() != null) ? this.task.deadline().toString() : null;
	}

}
