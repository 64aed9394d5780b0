package com.geniusharmony.events.project;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was removed from a project's members ({@code project.member_removed}); the state
 * no longer lists them.
 *
 * @param project the project's full state after the change
 * @param memberId id of the user who was removed
 */
public record ProjectMemberRemoved(ProjectState project, String memberId) implements ProjectEvent {

	public ProjectMemberRemoved {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(memberId, "memberId");
		if (project.memberIds().contains(memberId)) {
			throw new IllegalArgumentException(
					"removed member " + memberId + " must no longer be among the project's members");
		}
	}

	@Override
	public EventType type() {
		return EventType.PROJECT_MEMBER_REMOVED;
	}

}
