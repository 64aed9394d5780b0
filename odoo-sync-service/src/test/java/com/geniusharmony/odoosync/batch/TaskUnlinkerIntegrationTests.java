package com.geniusharmony.odoosync.batch;

import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.Claims;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code HARMONY_SYNC_DELETED_TASKS=unlink}: the Odoo records of deleted tasks are
 * deleted, and one already gone counts as deleted.
 */
class TaskUnlinkerIntegrationTests extends SyncIntegrationTest {

	@Autowired
	private OdooClient odooClient;

	@Test
	void deletesTheRecordsOfDeletedTasksAndTakesAGoneOneAsDeleted() {
		String owner = TestEvents.newId();
		String project = TestEvents.newId();
		TaskState first = TestEvents.task(TestEvents.newId(), project, "First", null, List.of());
		TaskState second = TestEvents.task(TestEvents.newId(), project, "Second", null, List.of());
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Uma", "Gone", "uma@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		publish(TestEvents.event(new TaskCreated(first), 1));
		publish(TestEvents.event(new TaskCreated(second), 1));
		int firstId = awaitRecord(EntityKind.TASK, first.id()).id();
		int secondId = awaitRecord(EntityKind.TASK, second.id()).id();
		ClaimedEntity firstDeleted = Claims.of(TestEvents.event(new TaskDeleted(first), 2), (long) firstId);
		ClaimedEntity secondDeleted = Claims.of(TestEvents.event(new TaskDeleted(second), 2), (long) secondId);
		TaskUnlinker unlinker = new TaskUnlinker(this.odooClient);

		assertThat(unlinker.unlink(List.of(firstDeleted)).block()).singleElement()
			.isInstanceOf(Landed.class)
			.satisfies((outcome) -> assertThat(((Landed) outcome).odooId()).isNull());
		assertThat(odoo().record("project.task", firstId)).isEmpty();

		assertThat(unlinker.unlink(List.of(firstDeleted, secondDeleted)).block()).hasSize(2)
			.allMatch(Landed.class::isInstance);
		assertThat(odoo().record("project.task", secondId)).isEmpty();
	}

}
