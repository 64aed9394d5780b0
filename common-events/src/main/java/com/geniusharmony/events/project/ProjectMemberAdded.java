package com.geniusharmony.events.project;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was added to a project's members ({@code project.member_added}); the state lists
 * the new member.
 *
 * @param project the project's full state after the change
 * @param memberId id of the user who was added
 */
public record ProjectMemberAdded(ProjectState project, String memberId) implements ProjectEvent {

	public ProjectMemberAdded {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(memberId, "memberId");
		if (!project.memberIds().contains(memberId)) {
			throw new IllegalArgumentException("added member " + memberId + " must be among the project's members");
		}
	}

	@Override
	public EventType type() {
		return EventType.PROJECT_MEMBER_ADDED;
	}

}
