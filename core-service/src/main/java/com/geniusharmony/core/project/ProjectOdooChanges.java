package com.geniusharmony.core.project;

import com.geniusharmony.core.odoolink.ChangedFields;
import com.geniusharmony.core.odoolink.ChangedFields.Rule;
import com.geniusharmony.core.odoolink.OdooChangeApplier;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the changes made in Odoo to a project ({@code name}, {@code archived}) as the
 * API would, through {@link ProjectService#change}: a new name publishes
 * {@code project.updated}, archiving {@code project.archived}. The platform cannot
 * unarchive a project, so {@code archived: false} for an archived one is refused.
 */
@Component
class ProjectOdooChanges implements OdooChangeApplier {

	private final ProjectRepository projects;

	private final ProjectService service;

	private final Rule name;

	ProjectOdooChanges(ProjectRepository projects, ProjectService service, Validator validator) {
		this.projects = projects;
		this.service = service;
		this.name = ChangedFields.asIn(validator, UpdateProjectRequest.class, "name");
	}

	@Override
	public EntityKind kind() {
		return EntityKind.PROJECT;
	}

	@Override
	public Mono<Boolean> apply(long projectId, OdooRecordChanged change, ChangedFields fields) {
		return this.projects.findById(projectId)
			.flatMap((project) -> this.service.change(project, next(project, change, fields))
				.map((written) -> written.version() != project.version()));
	}

	private Project next(Project project, OdooRecordChanged change, ChangedFields fields) {
		Project next = project;
		for (FieldChange field : change.changes()) {
			switch (field.field()) {
				case "name" -> {
					if (fields.acceptsText(field, project.name(), this.name)) {
						next = next.withName(ChangedFields.text(field));
					}
				}
				case "archived" -> {
					if (fields.accepts(field, Boolean.toString(project.archived()), ProjectOdooChanges::archived)) {
						next = next.asArchived();
					}
				}
				default -> fields.unknown(field);
			}
		}
		return next;
	}

	/**
	 * What the platform accepts for {@code archived}: archiving, since it has no way to
	 * unarchive a project.
	 */
	private static @Nullable String archived(@Nullable String value) {
		if ("true".equals(value)) {
			return null;
		}
		return "false".equals(value) ? "the platform cannot unarchive a project" : "must be true or false";
	}

}
