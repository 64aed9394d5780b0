package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.project.ProjectState;
import org.jspecify.annotations.Nullable;

/**
 * A project as stored, with its members in the order they were added.
 */
record Project(long id, String name, String description, long ownerId, @Nullable LocalDate startDate,
		@Nullable LocalDate endDate, boolean archived, long version, List<Long> memberIds) {

	Project {
		memberIds = List.copyOf(memberIds);
	}

	ProjectState state() {
		return new ProjectState(Ids.format(this.id), this.name, this.description, Ids.format(this.ownerId),
				this.memberIds.stream().map(Ids::format).toList(), this.startDate, this.endDate, this.archived);
	}

	boolean isOwnerOrMember(long userId) {
		return this.ownerId == userId || this.memberIds.contains(userId);
	}

	Project withMembers(List<Long> members) {
		return new Project(this.id, this.name, this.description, this.ownerId, this.startDate, this.endDate,
				this.archived, this.version, members);
	}

	Project withName(String newName) {
		return new Project(this.id, newName, this.description, this.ownerId, this.startDate, this.endDate,
				this.archived, this.version, this.memberIds);
	}

	/**
	 * The project archived; an archived project stays so.
	 */
	Project asArchived() {
		return new Project(this.id, this.name, this.description, this.ownerId, this.startDate, this.endDate, true,
				this.version, this.memberIds);
	}

	Project withVersion(long newVersion) {
		return new Project(this.id, this.name, this.description, this.ownerId, this.startDate, this.endDate,
				this.archived, newVersion, this.memberIds);
	}

}
