package com.geniusharmony.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectMemberRemoved;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.project.ProjectUpdated;

/**
 * The events of a change of a project, each carrying the project's state after the whole
 * change: an update of its fields, its archiving, then one event per member added or
 * removed.
 */
final class ProjectEvents {

	private ProjectEvents() {
	}

	static List<EventPayload> between(Project previous, Project next) {
		ProjectState state = next.state();
		List<EventPayload> events = new ArrayList<>();
		if (!previous.name().equals(next.name()) || !previous.description().equals(next.description())
				|| previous.ownerId() != next.ownerId() || !Objects.equals(previous.startDate(), next.startDate())
				|| !Objects.equals(previous.endDate(), next.endDate())) {
			events.add(new ProjectUpdated(state));
		}
		if (!previous.archived() && next.archived()) {
			events.add(new ProjectArchived(state));
		}
		for (Long member : next.memberIds()) {
			if (!previous.memberIds().contains(member)) {
				events.add(new ProjectMemberAdded(state, Ids.format(member)));
			}
		}
		for (Long member : previous.memberIds()) {
			if (!next.memberIds().contains(member)) {
				events.add(new ProjectMemberRemoved(state, Ids.format(member)));
			}
		}
		return events;
	}

}
