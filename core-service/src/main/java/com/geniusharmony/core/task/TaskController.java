package com.geniusharmony.core.task;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.support.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tasks}: create, read, list (by project, status or assignee), update and
 * delete tasks.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final TaskService tasks;

	TaskController(TaskService tasks) {
		this.tasks = tasks;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<TaskResponse> create(@Valid @RequestBody CreateTaskRequest request, CurrentUser caller) {
		return this.tasks.create(request, caller);
	}

	@GetMapping("/{id}")
	Mono<TaskResponse> get(@PathVariable String id, CurrentUser caller) {
		return this.tasks.get(id, caller);
	}

	@GetMapping
	Mono<PageResponse<TaskResponse>> list(@RequestParam(required = false) @Min(1) @Nullable Integer page,
			@RequestParam(name = "page_size", required = false) @Min(1) @Max(100) @Nullable Integer pageSize,
			@RequestParam(name = "project_id", required = false) @Nullable String projectId,
			@RequestParam(required = false) @Pattern(regexp = "todo|in_progress|done",
					message = "must be one of todo, in_progress, done") @Nullable String status,
			@RequestParam(name = "assignee_id", required = false) @Nullable String assigneeId, CurrentUser caller) {
		TaskFilter filter = new TaskFilter(id(projectId), status, id(assigneeId),
				caller.isAdmin() ? null : Ids.parse(caller.id()).orElse(-1L));
		return this.tasks.list(filter, new PageQuery(page, pageSize));
	}

	@PatchMapping("/{id}")
	Mono<TaskResponse> update(@PathVariable String id, @Valid @RequestBody UpdateTaskRequest request,
			CurrentUser caller) {
		return this.tasks.update(id, request, caller);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, CurrentUser caller) {
		return this.tasks.delete(id, caller);
	}

	private static @Nullable Long id(@Nullable String id) {
		// an id that cannot exist filters everything out, as an id that does not exist
		// would
		return (id != null) ? Ids.parse(id).orElse(-1L) : null;
	}

}
