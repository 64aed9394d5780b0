package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/tasks/{id}}: only the fields present change;
 * {@code "deadline": null} clears the deadline, {@code assignee_ids} replaces the
 * assignees. The JSON names of the two-word fields are written out: the OpenAPI document
 * reads this class with its own Jackson, which would otherwise show the Java names.
 */
class UpdateTaskRequest {

	@Size(min = 1, max = 200)
	private @Nullable String title;

	@Size(max = 10000)
	private @Nullable String description;

	@Pattern(regexp = "todo|in_progress|done", message = "must be one of todo, in_progress, done")
	private @Nullable String status;

	@JsonProperty("assignee_ids")
	@Size(max = 100)
	private @Nullable List<@NotBlank @Size(max = 40) String> assigneeIds;

	private @Nullable LocalDate deadline;

	private boolean deadlineSet;

	@Nullable String getTitle() {
		return this.title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	@Nullable String getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable String status) {
		this.status = status;
	}

	@Nullable List<String> getAssigneeIds() {
		return this.assigneeIds;
	}

	public void setAssigneeIds(@Nullable List<String> assigneeIds) {
		this.assigneeIds = assigneeIds;
	}

	@Nullable LocalDate deadline(@Nullable LocalDate current) {
		return this.deadlineSet ? this.deadline : current;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
		this.deadlineSet = true;
	}

}
