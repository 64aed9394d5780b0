package com.geniusharmony.core.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskUpdated;

/**
 * The events of a change of a task, each carrying the task's state after the whole
 * change: an update of its title, description or status, a deadline change, then one
 * event per assignee added or removed.
 */
final class TaskEvents {

	private TaskEvents() {
	}

	static List<EventPayload> between(Task previous, Task next) {
		TaskState state = next.state();
		List<EventPayload> events = new ArrayList<>();
		if (!previous.title().equals(next.title()) || !previous.description().equals(next.description())
				|| previous.status() != next.status()) {
			events.add(new TaskUpdated(state));
		}
		if (!Objects.equals(previous.deadline(), next.deadline())) {
			events.add(new TaskDeadlineChanged(state, previous.deadline()));
		}
		for (Long assignee : next.assigneeIds()) {
			if (!previous.assigneeIds().contains(assignee)) {
				events.add(new TaskAssigneeAdded(state, Ids.format(assignee)));
			}
		}
		for (Long assignee : previous.assigneeIds()) {
			if (!next.assigneeIds().contains(assignee)) {
				events.add(new TaskAssigneeRemoved(state, Ids.format(assignee)));
			}
		}
		return events;
	}

}
