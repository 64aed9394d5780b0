package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectMemberRemoved;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.project.ProjectUpdated;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of project events, v1: {@code {"project": {...}}}, plus
 * {@code member_id} for membership changes.
 */
final class ProjectFormats {

	private ProjectFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.PROJECT_CREATED, 1, ProjectCreated.class,
				(event, data) -> write(event.project(), data), (data) -> new ProjectCreated(read(data)));
		formats.current(EventType.PROJECT_UPDATED, 1, ProjectUpdated.class,
				(event, data) -> write(event.project(), data), (data) -> new ProjectUpdated(read(data)));
		formats.current(EventType.PROJECT_ARCHIVED, 1, ProjectArchived.class,
				(event, data) -> write(event.project(), data), (data) -> new ProjectArchived(read(data)));
		formats.current(EventType.PROJECT_MEMBER_ADDED, 1, ProjectMemberAdded.class, (event, data) -> {
			write(event.project(), data);
			data.put("member_id", event.memberId());
		}, (data) -> new ProjectMemberAdded(read(data), data.nonEmptyText("member_id")));
		formats.current(EventType.PROJECT_MEMBER_REMOVED, 1, ProjectMemberRemoved.class, (event, data) -> {
			write(event.project(), data);
			data.put("member_id", event.memberId());
		}, (data) -> new ProjectMemberRemoved(read(data), data.nonEmptyText("member_id")));
	}

	private static void write(ProjectState project, ObjectNode data) {
		ObjectNode node = data.putObject("project");
		node.put("id", project.id());
		node.put("name", project.name());
		node.put("description", project.description());
		node.put("owner_id", project.ownerId());
		Nodes.putTexts(node, "member_ids", project.memberIds());
		Nodes.putDate(node, "start_date", project.startDate());
		Nodes.putDate(node, "end_date", project.endDate());
		node.put("archived", project.archived());
	}

	private static ProjectState read(Fields data) {
		Fields project = data.object("project");
		return new ProjectState(project.nonEmptyText("id"), project.text("name"), project.text("description"),
				project.nonEmptyText("owner_id"), project.texts("member_ids"), project.optionalDate("start_date"),
				project.optionalDate("end_date"), project.bool("archived"));
	}

}
