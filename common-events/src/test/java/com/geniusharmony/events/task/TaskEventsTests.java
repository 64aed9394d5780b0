package com.geniusharmony.events.task;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaskEventsTests {

	@Test
	void addedAssigneeMustBeAmongTheAssignees() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TaskAssigneeAdded(task(List.of()), "12"))
			.withMessageContaining("12");
	}

	@Test
	void removedAssigneeMustNoLongerBeAmongTheAssignees() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TaskAssigneeRemoved(task(List.of("12")), "12"))
			.withMessageContaining("12");
	}

	@Test
	void stateKeepsItsOwnCopyOfTheAssignees() {
		List<String> assignees = new ArrayList<>(List.of("12"));
		TaskState task = task(assignees);

		assignees.clear();

		assertThat(task.assigneeIds()).containsExactly("12");
	}

	private static TaskState task(List<String> assigneeIds) {
		return new TaskState("42", "3", "Write the launch post", "", TaskStatus.TODO, null, assigneeIds);
	}

}
