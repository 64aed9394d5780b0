package com.geniusharmony.events.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProjectEventsTests {

	@Test
	void addedMemberMustBeAmongTheMembers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProjectMemberAdded(project(List.of("7"), false), "12"))
			.withMessageContaining("12");
	}

	@Test
	void removedMemberMustNoLongerBeAmongTheMembers() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProjectMemberRemoved(project(List.of("7", "12"), false), "12"))
			.withMessageContaining("12");
	}

	@Test
	void archivedProjectMustBeArchived() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ProjectArchived(project(List.of(), false)));
	}

	@Test
	void stateKeepsItsOwnCopyOfTheMembers() {
		List<String> members = new ArrayList<>(List.of("7"));
		ProjectState project = project(members, false);

		members.add("12");

		assertThat(project.memberIds()).containsExactly("7");
	}

	private static ProjectState project(List<String> memberIds, boolean archived) {
		return new ProjectState("3", "Website relaunch", "", "7", memberIds, LocalDate.parse("2025-03-01"), null,
				archived);
	}

}
