package com.geniusharmony.odoosync.batch;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.ops.EntitySyncState;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Refused entities are retried by the sweeps with a doubling back-off (1 s, then 2 s in
 * this context) and parked after their third attempt; a new state gives them fresh
 * attempts.
 */
class RetryAndParkIntegrationTests extends SyncIntegrationTest {

	@Autowired
	private DatabaseClient database;

	@Test
	void retriesARefusedTaskWithGrowingBackOffThenParksIt() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "", null, List.of())), 1));
		EntitySyncState first = awaitStatus(EntityKind.TASK, id, SyncStatus.FAILED);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(Duration.between(first.updatedAt(), first.nextAttemptAt())).isEqualTo(Duration.ofSeconds(1));
		EntitySyncState second = sweepOnceDue(id, (state) -> state.attempts() == 2);
		assertThat(second.status()).isEqualTo(SyncStatus.FAILED);
		assertThat(Duration.between(second.updatedAt(), second.nextAttemptAt())).isEqualTo(Duration.ofSeconds(2));
		EntitySyncState parked = sweepOnceDue(id, (state) -> state.status() == SyncStatus.PARKED);
		assertThat(parked.attempts()).isEqualTo(3);
		assertThat(parked.nextAttemptAt()).isNull();
		assertThat(parked.lastError()).contains("name");
	}

	@Test
	void givesAParkedTaskFreshAttemptsWhenItChanges() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "", null, List.of())), 1));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id);
		}, (state) -> state != null && state.status() == SyncStatus.PARKED);
		publish(TestEvents.event(new TaskUpdated(TestEvents.task(id, project, "Named now", null, List.of())), 2));
		assertThat(awaitRecord(EntityKind.TASK, id).get("name")).isEqualTo("Named now");
		EntitySyncState synced = awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		assertThat(synced.attempts()).isZero();
		assertThat(synced.lastError()).isNull();
	}

	/**
	 * Waits until the task's retry is due by the database's clock, the one the claims
	 * read, then sweeps once and waits for the attempt. No sweep follows it, so the state
	 * it leaves stays until the test has read it.
	 */
	private EntitySyncState sweepOnceDue(String id, Predicate<EntitySyncState> attempted) {
		await().atMost(WAIT)
			.until(() -> Boolean.TRUE.equals(this.database
				.sql("select next_attempt_at <= now() from sync_entity where kind = 'task' and entity_id = :id")
				.bind("id", id)
				.map((row) -> row.get(0, Boolean.class))
				.one()
				.block(Duration.ofSeconds(10))));
		sweep();
		return await().atMost(WAIT).until(() -> state(EntityKind.TASK, id), attempted);
	}

	private String project() {
		String owner = TestEvents.newId();
		String project = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(owner, "Ola", "Park", "ola@example.com")), 1));
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		awaitRecord(EntityKind.PROJECT, project);
		return project;
	}

}
