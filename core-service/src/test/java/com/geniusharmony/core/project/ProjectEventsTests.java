package com.geniusharmony.core.project;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectMemberRemoved;
import com.geniusharmony.events.project.ProjectUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectEventsTests {

	private final Project project = new Project(5, "Apollo", "", 1, LocalDate.of(2025, 1, 1), null, false, 2,
			List.of(2L, 3L));

	@Test
	void anUnchangedProjectHasNoEvents() {
		assertThat(ProjectEvents.between(this.project, this.project)).isEmpty();
	}

	@Test
	void archivingIsItsOwnEvent() {
		Project archived = new Project(5, "Apollo", "", 1, LocalDate.of(2025, 1, 1), null, true, 2, List.of(2L, 3L));
		assertThat(ProjectEvents.between(this.project, archived)).singleElement()
			.isInstanceOfSatisfying(ProjectArchived.class, (event) -> assertThat(event.project().archived()).isTrue());
	}

	@Test
	void aRenameAndAMemberChangeAreAnUpdateThenOneEventPerMember() {
		Project next = new Project(5, "Artemis", "", 1, LocalDate.of(2025, 1, 1), null, false, 2, List.of(3L, 4L));
		List<EventPayload> events = ProjectEvents.between(this.project, next);
		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isInstanceOf(ProjectUpdated.class);
		assertThat(((ProjectMemberAdded) events.get(1)).memberId()).isEqualTo("4");
		assertThat(((ProjectMemberRemoved) events.get(2)).memberId()).isEqualTo("2");
	}

}
