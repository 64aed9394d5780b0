package com.geniusharmony.odoosync.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.SyncTestOdoo;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.state.SyncStatus;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TaskSyncIntegrationTests extends SyncIntegrationTest {

	@Autowired
	private MeterRegistry meters;

	@Test
	void writesTheTaskWithItsProjectDeadlineAsADatetimeDescriptionAndAssignees() {
		String project = project();
		String alice = user("alice@example.com");
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(new TaskState(id, project, "Wireframes", "First draft",
				TaskStatus.TODO, LocalDate.of(2026, 12, 1), List.of(alice))), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		assertThat(task.model()).isEqualTo("project.task");
		assertThat(task.get("name")).isEqualTo("Wireframes");
		assertThat(task.get("project_id")).isEqualTo(awaitRecord(EntityKind.PROJECT, project).id());
		assertThat(task.get("date_deadline")).isEqualTo(LocalDateTime.of(2026, 12, 1, 0, 0));
		assertThat(task.get("description")).isEqualTo("<p>First draft</p>");
		assertThat(task.get("user_ids")).isEqualTo(List.of(odooUserId(SyncTestOdoo.ALICE.login())));
		assertThat(awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED).warnings()).isEmpty();
	}

	@Test
	void reportsTheAssigneesWhoAreNotOdooUsersAndAssignsTheOthers() {
		String project = project();
		String bob = user("bob@example.com");
		String stranger = user("stranger@example.com");
		String unknown = TestEvents.newId();
		String id = TestEvents.newId();
		publish(TestEvents
			.event(new TaskCreated(TestEvents.task(id, project, "Review", null, List.of(bob, stranger, unknown))), 1));
		assertThat(awaitRecord(EntityKind.TASK, id).get("user_ids"))
			.isEqualTo(List.of(odooUserId(SyncTestOdoo.BOB.login())));
		List<String> warnings = awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED).warnings();
		assertThat(warnings).hasSize(2)
			.anySatisfy((warning) -> assertThat(warning).contains("stranger@example.com").contains("not an Odoo user"))
			.anySatisfy((warning) -> assertThat(warning).contains(unknown).contains("not known"));
		List<Link> links = awaitLinks(EntityKind.TASK, id, (read) -> !read.isEmpty());
		assertThat(links.get(0).link().warnings()).isEqualTo(warnings);
	}

	@Test
	void publishesALinkOfAGrowingVersionAtEachSync() {
		String project = project();
		String id = TestEvents.newId();
		TaskState task = TestEvents.task(id, project, "Plan", null, List.of());
		publish(TestEvents.event(new TaskCreated(task), 1));
		int odooId = awaitRecord(EntityKind.TASK, id).id();
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		publish(TestEvents.event(new TaskUpdated(TestEvents.task(id, project, "Plan again", null, List.of())), 2));
		List<Link> links = awaitLinks(EntityKind.TASK, id,
				(read) -> read.stream().anyMatch((link) -> link.link().syncedVersion() == 2));
		assertThat(links).extracting(Link::version).containsExactly(1L, 2L);
		assertThat(links).allSatisfy((link) -> {
			assertThat(link.link().odooId()).isEqualTo(odooId);
			assertThat(link.link().odooModel()).isEqualTo("project.task");
		});
	}

	@Test
	void isolatesTheTaskOdooRefusesAndWritesTheOthersOfItsBatch() {
		String owner = user("owner@example.com");
		String project = TestEvents.newId();
		List<String> good = List.of(TestEvents.newId(), TestEvents.newId(), TestEvents.newId(), TestEvents.newId());
		String poison = TestEvents.newId();
		double splitBefore = batches("split");
		// the tasks wait for their project, then go in one batch
		for (String id : good.subList(0, 2)) {
			publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Task " + id, null, List.of())), 1));
		}
		publish(TestEvents.event(new TaskCreated(TestEvents.task(poison, project, "", null, List.of())), 1));
		for (String id : good.subList(2, 4)) {
			publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Task " + id, null, List.of())), 1));
		}
		await().atMost(WAIT).until(() -> state(EntityKind.TASK, good.get(3)), (state) -> state != null);
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		good.forEach((id) -> assertThat(awaitRecord(EntityKind.TASK, id).get("name")).isEqualTo("Task " + id));
		EntitySyncState refused = await().atMost(WAIT)
			.until(() -> state(EntityKind.TASK, poison),
					(state) -> state.status() == SyncStatus.FAILED || state.status() == SyncStatus.PARKED);
		assertThat(refused.lastError()).contains("name");
		assertThat(refused.odooId()).isNull();
		assertThat(odoo().recordByExternalId(externalId(EntityKind.TASK, poison))).isEmpty();
		assertThat(batches("split")).isGreaterThan(splitBefore);
	}

	@Test
	void archivesADeletedTask() {
		String project = project();
		String id = TestEvents.newId();
		TaskState task = TestEvents.task(id, project, "Obsolete", null, List.of());
		publish(TestEvents.event(new TaskCreated(task), 1));
		int odooId = awaitRecord(EntityKind.TASK, id).id();
		publish(TestEvents.event(new TaskDeleted(task), 2));
		await().atMost(WAIT).until(() -> !odoo().record("project.task", odooId).orElseThrow().active());
		assertThat(awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED).odooId()).isEqualTo(odooId);
	}

	@Test
	void writesNothingForATaskDeletedBeforeItReachedOdoo() {
		String owner = user("late@example.com");
		String project = TestEvents.newId();
		String id = TestEvents.newId();
		TaskState task = TestEvents.task(id, project, "Never", null, List.of());
		publish(TestEvents.event(new TaskCreated(task), 1));
		publish(TestEvents.event(new TaskDeleted(task), 2));
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		awaitRecord(EntityKind.PROJECT, project);
		assertThat(odoo().recordByExternalId(externalId(EntityKind.TASK, id))).isEmpty();
	}

	private String project() {
		String owner = user("owner@example.com");
		String project = TestEvents.newId();
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		awaitRecord(EntityKind.PROJECT, project);
		return project;
	}

	private String user(String email) {
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(id, "First", "Last", email)), 1));
		return id;
	}

	private int odooUserId(String login) {
		return SyncTestOdoo.userId(odoo(), login);
	}

	private double batches(String outcome) {
		var counter = this.meters.find("harmony.sync.batches").tag("kind", "task").tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
