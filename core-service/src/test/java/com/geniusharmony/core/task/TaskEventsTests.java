package com.geniusharmony.core.task;

import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskEventsTests {

	private final Task task = new Task(7, 3, "Title", "", TaskStatus.TODO, LocalDate.of(2025, 6, 30), 4,
			List.of(1L, 2L));

	@Test
	void anUnchangedTaskHasNoEvents() {
		assertThat(TaskEvents.between(this.task, this.task)).isEmpty();
	}

	@Test
	void aStatusChangeIsAnUpdate() {
		List<EventPayload> events = TaskEvents.between(this.task,
				new Task(7, 3, "Title", "", TaskStatus.DONE, this.task.deadline(), 4, this.task.assigneeIds()));
		assertThat(events).singleElement().isInstanceOf(TaskUpdated.class);
		assertThat(((TaskUpdated) events.get(0)).task().status()).isEqualTo(TaskStatus.DONE);
	}

	@Test
	void aClearedDeadlineTellsThePreviousOne() {
		List<EventPayload> events = TaskEvents.between(this.task,
				new Task(7, 3, "Title", "", TaskStatus.TODO, null, 4, this.task.assigneeIds()));
		TaskDeadlineChanged changed = (TaskDeadlineChanged) events.get(0);
		assertThat(changed.previousDeadline()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(changed.task().deadline()).isNull();
	}

	@Test
	void eachAssigneeAddedOrRemovedIsItsOwnEventCarryingTheFinalState() {
		List<EventPayload> events = TaskEvents.between(this.task, this.task.withAssignees(List.of(2L, 5L, 6L)));
		assertThat(events).hasSize(3);
		assertThat(events).filteredOn(TaskAssigneeAdded.class::isInstance)
			.extracting((event) -> ((TaskAssigneeAdded) event).assigneeId())
			.containsExactly("5", "6");
		assertThat(events).filteredOn(TaskAssigneeRemoved.class::isInstance)
			.extracting((event) -> ((TaskAssigneeRemoved) event).assigneeId())
			.containsExactly("1");
		assertThat(events).allSatisfy((event) -> assertThat(
				((event instanceof TaskAssigneeAdded added) ? added.task() : ((TaskAssigneeRemoved) event).task())
					.assigneeIds())
			.containsExactly("2", "5", "6"));
	}

}
