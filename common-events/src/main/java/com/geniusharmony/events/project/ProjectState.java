package com.geniusharmony.events.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The full state of a project as events carry it.
 *
 * @param id opaque project id
 * @param name project name
 * @param description description, empty if none
 * @param ownerId id of the user who owns the project
 * @param memberIds ids of the project's members, in the order they were added
 * @param startDate first day of the project, or {@code null} if not set
 * @param endDate last day of the project, or {@code null} if not set
 * @param archived true once the project is archived
 */
public record ProjectState(String id, String name, String description, String ownerId, List<String> memberIds,
		@Nullable LocalDate startDate, @Nullable LocalDate endDate, boolean archived) {

	public ProjectState {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(ownerId, "ownerId");
		memberIds = List.copyOf(memberIds);
	}

}
