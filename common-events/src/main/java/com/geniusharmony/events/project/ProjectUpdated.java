package com.geniusharmony.events.project;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A project was updated ({@code project.updated}).
 *
 * @param project the project's full state after the change
 */
public record ProjectUpdated(ProjectState project) implements ProjectEvent {

	public ProjectUpdated {
		Objects.requireNonNull(project, "project");
	}

	@Override
	public EventType type() {
		return EventType.PROJECT_UPDATED;
	}

}
