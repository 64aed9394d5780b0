package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.odoolink.ChangedFields;
import com.geniusharmony.core.odoolink.ChangedFields.Rule;
import com.geniusharmony.core.odoolink.OdooChangeApplier;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.events.task.TaskStatus;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the changes made in Odoo to a task ({@code title}, {@code description},
 * {@code status}, {@code deadline}, assignees added and removed) as a PATCH would,
 * through {@link TaskService#change}: the same versions and events. A value the API would
 * refuse is skipped; an added assignee must be an active user; the other assignees keep
 * their order.
 */
@Component
class TaskOdooChanges implements OdooChangeApplier {

	private static final String ASSIGNEES_ADDED = "assignees_added";

	private final TaskRepository tasks;

	private final TaskReferences references;

	private final TaskService service;

	private final Rule title;

	private final Rule description;

	private final Rule status;

	TaskOdooChanges(TaskRepository tasks, TaskReferences references, TaskService service, Validator validator) {
		this.tasks = tasks;
		this.references = references;
		this.service = service;
		this.title = ChangedFields.asIn(validator, UpdateTaskRequest.class, "title");
		this.description = ChangedFields.asIn(validator, UpdateTaskRequest.class, "description");
		this.status = ChangedFields.asIn(validator, UpdateTaskRequest.class, "status");
	}

	@Override
	public EntityKind kind() {
		return EntityKind.TASK;
	}

	@Override
	public Mono<Boolean> apply(long taskId, OdooRecordChanged change, ChangedFields fields) {
		return this.tasks.findById(taskId)
			.flatMap((task) -> assignees(task, change, fields)
				.flatMap(
						(assignees) -> this.service.change(task, fields(task, change, fields).withAssignees(assignees)))
				.map((written) -> written.version() != task.version()));
	}

	private Task fields(Task task, OdooRecordChanged change, ChangedFields fields) {
		String title = task.title();
		String description = task.description();
		TaskStatus status = task.status();
		@Nullable LocalDate deadline = task.deadline();
		for (FieldChange field : change.changes()) {
			switch (field.field()) {
				case "title" -> {
					if (fields.acceptsText(field, task.title(), this.title)) {
						title = ChangedFields.text(field);
					}
				}
				case "description" -> {
					if (fields.acceptsText(field, task.description(), this.description)) {
						description = ChangedFields.text(field);
					}
				}
				case "status" -> {
					if (fields.accepts(field, task.status().wireName(), this.status)) {
						status = Task.status(ChangedFields.text(field));
					}
				}
				case "deadline" -> {
					if (fields.accepts(field, (task.deadline() != null) ? task.deadline().toString() : null,
							TaskOdooChanges::date)) {
						deadline = (field.to() != null) ? LocalDate.parse(field.to()) : null;
					}
				}
				default -> fields.unknown(field);
			}
		}
		return new Task(task.id(), task.projectId(), title, description, status, deadline, task.version(),
				task.assigneeIds());
	}

	/**
	 * The assignees after the change: those removed that were assigned go, those added
	 * that were not and are active users come last, in the order given.
	 */
	private Mono<List<Long>> assignees(Task task, OdooRecordChanged change, ChangedFields fields) {
		List<Long> removed = change.assigneesRemoved().stream().flatMap((id) -> Ids.parse(id).stream()).toList();
		List<Long> added = new ArrayList<>();
		for (String id : change.assigneesAdded()) {
			Optional<Long> user = Ids.parse(id);
			if (user.isEmpty()) {
				refuseAssignee(fields, id);
			}
			else if (!task.assigneeIds().contains(user.get()) && !added.contains(user.get())) {
				added.add(user.get());
			}
		}
		return this.references.activeUsers(added).map((active) -> {
			List<Long> assignees = new ArrayList<>(task.assigneeIds());
			assignees.removeAll(removed);
			for (Long user : added) {
				if (active.contains(user)) {
					assignees.add(user);
				}
				else {
					refuseAssignee(fields, Ids.format(user));
				}
			}
			return assignees;
		});
	}

	private static void refuseAssignee(ChangedFields fields, String userId) {
		fields.refuse(ASSIGNEES_ADDED, "user " + userId + " is not an active user");
	}

	private static @Nullable String date(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			LocalDate.parse(value);
			return null;
		}
		catch (DateTimeParseException ex) {
			return "must be a date YYYY-MM-DD or no value";
		}
	}

}
