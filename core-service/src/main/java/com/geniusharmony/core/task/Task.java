package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import org.jspecify.annotations.Nullable;

/**
 * A task as stored, with its assignees in the order they were assigned.
 */
record Task(long id, long projectId, String title, String description, TaskStatus status, @Nullable LocalDate deadline,
		long version, List<Long> assigneeIds) {

	Task {
		assigneeIds = List.copyOf(assigneeIds);
	}

	TaskState state() {
		return new TaskState(Ids.format(this.id), Ids.format(this.projectId), this.title, this.description, this.status,
				this.deadline, this.assigneeIds.stream().map(Ids::format).toList());
	}

	Task withAssignees(List<Long> assignees) {
		return new Task(this.id, this.projectId, this.title, this.description, this.status, this.deadline, this.version,
				assignees);
	}

	Task withVersion(long newVersion) {
		return new Task(this.id, this.projectId, this.title, this.description, this.status, this.deadline, newVersion,
				this.assigneeIds);
	}

	static TaskStatus status(String wireName) {
		for (TaskStatus status : TaskStatus.values()) {
			if (status.wireName().equals(wireName)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown task status " + wireName);
	}

}
