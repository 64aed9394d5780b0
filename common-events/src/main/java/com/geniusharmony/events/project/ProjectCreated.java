package com.geniusharmony.events.project;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A project was created ({@code project.created}).
 *
 * @param project the project's full state after the change
 */
public record ProjectCreated(ProjectState project) implements ProjectEvent {

	public ProjectCreated {
		Objects.requireNonNull(project, "project");
	}

	@Override
	public EventType type() {
		return EventType.PROJECT_CREATED;
	}

}
