package com.geniusharmony.odoosync.batch;

import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OdooOutageIntegrationTests extends SyncIntegrationTest {

	@AfterEach
	void odooAnswersAgain() {
		odoo().faults().clear();
	}

	@Test
	void keepsChangesPendingWithoutSpendingAttemptsWhileOdooIsDownThenWritesEachOnce() {
		long down = odoo().faults().inject(Fault.status(503));
		String owner = TestEvents.newId();
		String project = TestEvents.newId();
		List<String> tasks = List.of(TestEvents.newId(), TestEvents.newId(), TestEvents.newId());
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Max", "Down", "max@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		tasks.forEach((id) -> publish(
				TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Task " + id, null, List.of())), 1)));
		await().atMost(WAIT).until(() -> state(EntityKind.TASK, tasks.get(2)), (state) -> state != null);
		await().atMost(WAIT).until(() -> {
			sweep();
			return this.operations.lastDrain().stoppedBy() != null && odoo().faults().active().get(0).applied() > 1;
		});
		EntitySyncState user = state(EntityKind.USER, owner);
		assertThat(user.status()).isEqualTo(SyncStatus.PENDING);
		assertThat(user.attempts()).isZero();
		assertThat(state(EntityKind.TASK, tasks.get(0)).waitingFor()).isEqualTo("project " + project);

		odoo().faults().remove(down);
		// the circuit opened meanwhile: the sweeps (every 30 s in production) find Odoo
		// back
		tasks.forEach((id) -> await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id).status() == SyncStatus.SYNCED;
		}));
		assertThat(recordsNamed("res.partner", EntityKind.USER, owner)).isEqualTo(1);
		assertThat(recordsNamed("project.project", EntityKind.PROJECT, project)).isEqualTo(1);
		tasks.forEach((id) -> assertThat(recordsNamed("project.task", EntityKind.TASK, id)).isEqualTo(1));
	}

	@Test
	void writesOnceWhenOdooTookTheBatchButTheAnswerWasLost() {
		String owner = TestEvents.newId();
		odoo().faults().inject(Fault.dropResponse().times(1).onlyFor("res.partner", "load"));
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Nia", "Lost", "nia@example.com")), 1));
		await().atMost(WAIT).until(() -> odoo().faults().active().isEmpty());
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.USER, owner).status() == SyncStatus.SYNCED;
		});
		assertThat(recordsNamed("res.partner", EntityKind.USER, owner)).isEqualTo(1);
	}

	private long recordsNamed(String model, EntityKind kind, String id) {
		return odoo().records(model)
			.stream()
			.filter((record) -> record.externalIds().contains(externalId(kind, id)))
			.count();
	}

}
