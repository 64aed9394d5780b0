package com.geniusharmony.notification.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.support.kafka.TopicNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskProjectionIntegrationTests extends NotificationIntegrationTest {

	private static final LocalDate DEADLINE = LocalDate.of(2031, 5, 20);

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private TaskProjectionRepository repository;

	private TestEvents events;

	private ProjectedTasks projected;

	@BeforeEach
	void setUp() {
		this.events = new TestEvents(this.kafka, this.topicNames);
		this.projected = new ProjectedTasks(this.database);
	}

	@Test
	void followsATaskThroughItsEvents() throws Exception {
		String id = TestEvents.newTaskId();
		TaskState created = TestEvents.task(id, DEADLINE, List.of("ann", "bob"));
		TaskState withCarl = TestEvents.task(id, DEADLINE, List.of("ann", "bob", "carl"));
		TaskState withoutAnn = TestEvents.task(id, DEADLINE, List.of("bob", "carl"));
		TaskState moved = TestEvents.task(id, DEADLINE.plusDays(7), List.of("bob", "carl"));
		TaskState done = new TaskState(id, "project-7", "Report, final", "", TaskStatus.DONE, DEADLINE.plusDays(7),
				List.of("bob", "carl"));
		this.events.publish(EventEnvelope.of(new TaskCreated(created), 1, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskAssigneeAdded(withCarl, "carl"), 2, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskAssigneeRemoved(withoutAnn, "ann"), 3, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskDeadlineChanged(moved, DEADLINE), 4, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskUpdated(done), 5, Instant.now()));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.projected.find(id)).hasValue(new ProjectedTasks.Row("Report, final",
					"done", DEADLINE.plusDays(7), 5, false, List.of("bob", "carl"))));
	}

	@Test
	void keepsADeletedTaskAsATombstoneThatALateEventCannotRevive() throws Exception {
		String id = TestEvents.newTaskId();
		TaskState task = TestEvents.task(id, DEADLINE, List.of("ann"));
		this.events.publish(EventEnvelope.of(new TaskCreated(task), 1, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskDeleted(task), 3, Instant.now()));
		this.events.publish(EventEnvelope.of(new TaskUpdated(task), 2, Instant.now()));
		String sentinel = TestEvents.newTaskIdOnThePartitionOf(id);
		this.events
			.publish(EventEnvelope.of(new TaskCreated(TestEvents.task(sentinel, null, List.of())), 1, Instant.now()));
		await().atMost(Duration.ofSeconds(60)).until(() -> this.projected.find(sentinel).isPresent());
		assertThat(this.projected.find(id))
			.hasValue(new ProjectedTasks.Row("Write the report", "todo", DEADLINE, 3, true, List.of()));
	}

	@Test
	void appliesOnlyAVersionNewerThanTheStoredOne() {
		String id = TestEvents.newTaskId();
		TaskState second = TestEvents.task(id, DEADLINE, List.of("ann", "bob"));
		TaskState first = TestEvents.task(id, DEADLINE.minusDays(1), List.of("carl"));
		assertThat(this.repository.apply(second, 2, false).block()).isTrue();
		assertThat(this.repository.apply(first, 1, false).block()).isFalse();
		assertThat(this.repository.apply(first, 2, false).block()).isFalse();
		assertThat(this.projected.find(id))
			.hasValue(new ProjectedTasks.Row("Write the report", "todo", DEADLINE, 2, false, List.of("ann", "bob")));
	}

	@Test
	void appliesAPollsTasksInOneStatementKeepingEachTasksLatest() {
		String moved = TestEvents.newTaskId();
		String deleted = TestEvents.newTaskId();
		String kept = TestEvents.newTaskId();
		this.repository.apply(TestEvents.task(moved, DEADLINE, List.of("ann", "bob")), 1, false).block();
		this.repository.apply(TestEvents.task(kept, DEADLINE, List.of("ann")), 4, false).block();
		List<ProjectedTask> poll = List.of(
				new ProjectedTask(TestEvents.task(moved, DEADLINE.plusDays(2), List.of("bob", "carl")), 3, false),
				new ProjectedTask(TestEvents.task(moved, DEADLINE.plusDays(1), List.of("dan")), 2, false),
				new ProjectedTask(TestEvents.task(deleted, DEADLINE, List.of("ann")), 1, false),
				new ProjectedTask(TestEvents.task(deleted, DEADLINE, List.of("ann")), 2, true),
				new ProjectedTask(TestEvents.task(kept, null, List.of("eve")), 3, false));

		assertThat(this.repository.apply(poll).block()).isEqualTo(2);
		assertThat(this.projected.find(moved)).hasValue(new ProjectedTasks.Row("Write the report", "todo",
				DEADLINE.plusDays(2), 3, false, List.of("bob", "carl")));
		assertThat(this.projected.find(deleted))
			.hasValue(new ProjectedTasks.Row("Write the report", "todo", DEADLINE, 2, true, List.of()));
		assertThat(this.projected.find(kept))
			.hasValue(new ProjectedTasks.Row("Write the report", "todo", DEADLINE, 4, false, List.of("ann")));
		assertThat(this.repository.apply(poll).block()).isZero();
		assertThat(this.repository.apply(List.of()).block()).isZero();
	}

}
