package com.geniusharmony.events.task;

import com.geniusharmony.events.EventPayload;

/**
 * An event about a task: each one carries the task's full state after the change, so a
 * consumer that only keeps the latest state needs no more than {@link #task()}.
 */
public sealed interface TaskEvent extends EventPayload
		permits TaskCreated, TaskUpdated, TaskDeleted, TaskAssigneeAdded, TaskAssigneeRemoved, TaskDeadlineChanged {

	/**
	 * The task's full state after the change (its last state for a deletion).
	 * @return the state
	 */
	TaskState task();

	@Override
	default String aggregateId() {
		return task().id();
	}

}
