package com.geniusharmony.events.project;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A project was archived ({@code project.archived}); the state is archived.
 *
 * @param project the project's full state after the change
 */
public record ProjectArchived(ProjectState project) implements ProjectEvent {

	public ProjectArchived {
		Objects.requireNonNull(project, "project");
		if (!project.archived()) {
			throw new IllegalArgumentException("an archived project must be archived");
		}
	}

	@Override
	public EventType type() {
		return EventType.PROJECT_ARCHIVED;
	}

}
