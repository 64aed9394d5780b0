package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.odoolink.OdooSync;
import org.jspecify.annotations.Nullable;

/**
 * A project as the API shows it.
 */
record ProjectResponse(String id, String name, String description, String ownerId, List<String> memberIds,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean archived, long version,
		@Nullable Long odooId, String syncStatus) {

	static ProjectResponse of(Project project, OdooSync odoo) {
		return new ProjectResponse(Ids.format(project.id()), project.name(), project.description(),
				Ids.format(project.ownerId()), project.memberIds().stream().map(Ids::format).toList(),
				project.startDate(), project.endDate(), project.archived(), project.version(), odoo.odooId(),
				odoo.syncStatus());
	}

}
