package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/tasks}.
 *
 * @param projectId the project, which the caller must belong to and which must not be
 * archived
 * @param title the title
 * @param description optional description
 * @param status {@code todo} (default), {@code in_progress} or {@code done}
 * @param deadline the day it is due, {@code YYYY-MM-DD}, optional
 * @param assigneeIds the assignees' user ids
 */
record CreateTaskRequest(@Schema(example = "12") @NotBlank @Size(max = 40) @Nullable String projectId,
		@Schema(example = "Prepare the kick-off") @NotBlank @Size(max = 200) @Nullable String title,
		@Size(max = 10000) @Nullable String description,
		@Pattern(regexp = "todo|in_progress|done",
				message = "must be one of todo, in_progress, done") @Nullable String status,
		@Schema(example = "2026-12-15") @Nullable LocalDate deadline,
		@Size(max = 100) @Nullable List<@NotBlank @Size(max = 40) String> assigneeIds) {

}
