package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of task events, v1: {@code {"task": {...}}}, plus {@code assignee_id}
 * for assignment changes and {@code previous_deadline} for deadline changes.
 */
final class TaskFormats {

	private TaskFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.TASK_CREATED, 1, TaskCreated.class, (event, data) -> write(event.task(), data),
				(data) -> new TaskCreated(read(data)));
		formats.current(EventType.TASK_UPDATED, 1, TaskUpdated.class, (event, data) -> write(event.task(), data),
				(data) -> new TaskUpdated(read(data)));
		formats.current(EventType.TASK_DELETED, 1, TaskDeleted.class, (event, data) -> write(event.task(), data),
				(data) -> new TaskDeleted(read(data)));
		formats.current(EventType.TASK_ASSIGNEE_ADDED, 1, TaskAssigneeAdded.class, (event, data) -> {
			write(event.task(), data);
			data.put("assignee_id", event.assigneeId());
		}, (data) -> new TaskAssigneeAdded(read(data), data.nonEmptyText("assignee_id")));
		formats.current(EventType.TASK_ASSIGNEE_REMOVED, 1, TaskAssigneeRemoved.class, (event, data) -> {
			write(event.task(), data);
			data.put("assignee_id", event.assigneeId());
		}, (data) -> new TaskAssigneeRemoved(read(data), data.nonEmptyText("assignee_id")));
		formats.current(EventType.TASK_DEADLINE_CHANGED, 1, TaskDeadlineChanged.class, (event, data) -> {
			write(event.task(), data);
			Nodes.putDate(data, "previous_deadline", event.previousDeadline());
		}, (data) -> new TaskDeadlineChanged(read(data), data.optionalDate("previous_deadline")));
	}

	private static void write(TaskState task, ObjectNode data) {
		ObjectNode node = data.putObject("task");
		node.put("id", task.id());
		node.put("project_id", task.projectId());
		node.put("title", task.title());
		node.put("description", task.description());
		node.put("status", task.status().wireName());
		Nodes.putDate(node, "deadline", task.deadline());
		Nodes.putTexts(node, "assignee_ids", task.assigneeIds());
	}

	private static TaskState read(Fields data) {
		Fields task = data.object("task");
		return new TaskState(task.nonEmptyText("id"), task.nonEmptyText("project_id"), task.text("title"),
				task.text("description"), task.oneOf("status", TaskStatus.values(), TaskStatus::wireName),
				task.optionalDate("deadline"), task.texts("assignee_ids"));
	}

}
