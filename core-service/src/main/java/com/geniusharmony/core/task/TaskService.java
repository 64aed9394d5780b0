package com.geniusharmony.core.task;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.core.api.Transactions;
import com.geniusharmony.core.odoolink.OdooLinks;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.support.outbox.OutboxWriter;
import com.geniusharmony.support.security.CurrentUser;
import com.geniusharmony.support.web.ForbiddenException;
import com.geniusharmony.support.web.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The use cases of tasks. Who belongs to a task's project (or is an administrator)
 * manages its tasks; an assignee sees and updates the tasks assigned to them.
 */
@Service
class TaskService {

	private final TaskRepository tasks;

	private final TaskReferences references;

	private final OutboxWriter outbox;

	private final Transactions transactions;

	private final OdooLinks odooLinks;

	TaskService(TaskRepository tasks, TaskReferences references, OutboxWriter outbox, Transactions transactions,
			OdooLinks odooLinks) {
		this.tasks = tasks;
		this.references = references;
		this.outbox = outbox;
		this.transactions = transactions;
		this.odooLinks = odooLinks;
	}

	Mono<TaskResponse> create(CreateTaskRequest request, CurrentUser caller) {
		TaskStatus status = Task.status((request.status() != null) ? request.status() : "todo");
		return this.references.project(String.valueOf(request.projectId()), caller)
			.zipWith(this.references.assignees(request.assigneeIds()))
			.flatMap((refs) -> this.transactions.write(() -> this.tasks
				.insert(new Task(0, refs.getT1(), String.valueOf(request.title()), orEmpty(request.description()),
						status, request.deadline(), 1, refs.getT2()))
				.flatMap((created) -> this.outbox.append(List.of(new TaskCreated(created.state())), 0, Instant.now())
					.thenReturn(created))))
			.flatMap(this::response);
	}

	Mono<TaskResponse> get(String id, CurrentUser caller) {
		return visible(id, caller).flatMap(this::response);
	}

	Mono<PageResponse<TaskResponse>> list(TaskFilter filter, PageQuery page) {
		return this.tasks.page(filter, page)
			.flatMap(this::responses)
			.zipWith(this.tasks.count(filter), (results, count) -> PageResponse.of(page, count, results));
	}

	Mono<TaskResponse> update(String id, UpdateTaskRequest request, CurrentUser caller) {
		return this.references.assignees(request.getAssigneeIds())
			.flatMap((assignees) -> this.transactions.write(() -> visible(id, caller).flatMap((task) -> {
				Task next = new Task(task.id(), task.projectId(), or(request.getTitle(), task.title()),
						or(request.getDescription(), task.description()),
						(request.getStatus() != null) ? Task.status(request.getStatus()) : task.status(),
						request.deadline(task.deadline()), task.version(),
						(request.getAssigneeIds() != null) ? assignees : task.assigneeIds());
				return change(task, next);
			})))
			.flatMap(this::response);
	}

	/**
	 * Writes a change of a task in the caller's transaction: its new state, its version
	 * raised by one per event, and its events ({@link TaskEvents}) in the outbox. A
	 * change that changes nothing writes nothing and keeps the version.
	 * @param task the task as read
	 * @param next its new state, with the version it was read at
	 * @return the task as written (as read when nothing changed), or a
	 * {@link com.geniusharmony.core.api.StaleVersionException} if it changed meanwhile
	 */
	Mono<Task> change(Task task, Task next) {
		List<EventPayload> events = TaskEvents.between(task, next);
		if (events.isEmpty()) {
			return Mono.just(task);
		}
		Task written = next.withVersion(task.version() + events.size());
		return this.tasks.update(written, task)
			.then(this.outbox.append(TaskEvents.between(task, written), task.version(), Instant.now()))
			.thenReturn(written);
	}

	Mono<Void> delete(String id, CurrentUser caller) {
		return this.transactions
			.write(() -> visible(id, caller)
				.filterWhen((task) -> this.references.belongsToProject(task.projectId(), caller))
				.switchIfEmpty(Mono.error(() -> new ForbiddenException(
						"Only the project's owner, members or an administrator may delete its tasks.")))
				.flatMap((task) -> this.tasks.delete(task)
					.then(this.outbox.append(List.of(new TaskDeleted(task.state())), task.version(), Instant.now()))))
			.then();
	}

	private Mono<Task> visible(String id, CurrentUser caller) {
		long callerId = Ids.parse(caller.id()).orElse(-1L);
		return Mono.justOrEmpty(Ids.parse(id))
			.flatMap(this.tasks::findById)
			.filterWhen((task) -> task.assigneeIds().contains(callerId) ? Mono.just(true)
					: this.references.belongsToProject(task.projectId(), caller))
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("task", id)));
	}

	/**
	 * The responses of a page: one query for their Odoo links, whatever the page's size.
	 */
	private Mono<List<TaskResponse>> responses(List<Task> tasks) {
		return this.odooLinks
			.findAll(EntityKind.TASK, tasks.stream().collect(Collectors.toMap(Task::id, Task::version)))
			.map((links) -> tasks.stream().map((task) -> TaskResponse.of(task, links.get(task.id()))).toList());
	}

	private Mono<TaskResponse> response(Task task) {
		return this.odooLinks.find(EntityKind.TASK, task.id(), task.version())
			.map((odoo) -> TaskResponse.of(task, odoo));
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String or(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

}
