package com.geniusharmony.events.project;

import com.geniusharmony.events.EventPayload;

/**
 * An event about a project: each one carries the project's full state after the change,
 * so a consumer that only keeps the latest state needs no more than {@link #project()}.
 */
public sealed interface ProjectEvent extends EventPayload
		permits ProjectCreated, ProjectUpdated, ProjectArchived, ProjectMemberAdded, ProjectMemberRemoved {

	/**
	 * The project's full state after the change (its last state for a deletion).
	 * @return the state
	 */
	ProjectState project();

	@Override
	default String aggregateId() {
		return project().id();
	}

}
