package com.geniusharmony.core.task;

import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /api/tasks} filters on; every criterion is optional.
 *
 * @param projectId only tasks of this project
 * @param status only tasks with this status
 * @param assigneeId only tasks assigned to this user
 * @param visibleTo only tasks this user may see; {@code null} for an administrator
 */
record TaskFilter(@Nullable Long projectId, @Nullable String status, @Nullable Long assigneeId,
		@Nullable Long visibleTo) {

}
