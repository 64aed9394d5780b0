package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.odoolink.OdooSync;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it.
 */
record TaskResponse(String id, String projectId, String title, String description, String status,
		@Nullable LocalDate deadline, List<String> assigneeIds, long version, @Nullable Long odooId,
		String syncStatus) {

	static TaskResponse of(Task task, OdooSync odoo) {
		return new TaskResponse(Ids.format(task.id()), Ids.format(task.projectId()), task.title(), task.description(),
				task.status().wireName(), task.deadline(), task.assigneeIds().stream().map(Ids::format).toList(),
				task.version(), odoo.odooId(), odoo.syncStatus());
	}

}
