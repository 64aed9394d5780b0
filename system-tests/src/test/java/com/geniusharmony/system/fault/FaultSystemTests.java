package com.geniusharmony.system.fault;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each failure strikes in the middle of a stream of changes; once it is over, within a
 * bounded time, Odoo holds exactly core-service's entities (field by field, no duplicate)
 * and every expected notification exists once.
 */
class FaultSystemTests extends SystemTestBase {

	private static final Duration RECOVERY = Duration.ofMinutes(2);

	private static final int TASKS = 15;

	@AfterEach
	void clearOdooFaults() {
		system.odoo().faults().clear();
	}

	@Test
	void odooSyncKilledWhileABatchIsInFlight() {
		Workload workload = Workload.start(core, admin, "sync-killed");
		system.odoo().faults().inject(Fault.latency(Duration.ofSeconds(3)).onlyFor("project.task", "load").times(1));
		long loadsBefore = system.odoo().requestCounts().calls("project.task", "load");
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await("a task batch reaching Odoo").atMost(RECOVERY)
			.until(() -> system.odoo().requestCounts().calls("project.task", "load") > loadsBefore);

		system.killAndRestart(system.odooSync());
		changes.join();

		assertConverged(workload);
	}

	@Test
	void coreNotificationAndSchedulerServicesKilledTogetherWhileChangesArrive() {
		Workload workload = Workload.start(core, admin, "services-killed");
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await().atMost(RECOVERY).until(() -> workload.created() >= TASKS / 3);

		system.killAndRestart(system.core(), system.notifications(), system.scheduler());
		changes.join();

		assertConverged(workload);
	}

	@Test
	void kafkaBrokerRestartedWhileChangesArrive() {
		Workload workload = Workload.start(core, admin, "broker-restart");
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await().atMost(RECOVERY).until(() -> workload.created() >= TASKS / 3);

		system.infrastructure().kafka().stop();
		system.infrastructure().kafka().start();
		changes.join();

		assertConverged(workload);
	}

	@Test
	void postgresRestartedWhileChangesArrive() {
		Workload workload = Workload.start(core, admin, "postgres-restart");
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await().atMost(RECOVERY).until(() -> workload.created() >= TASKS / 3);

		system.infrastructure().postgres().stop();
		system.infrastructure().postgres().start();
		changes.join();

		assertConverged(workload);
	}

	@Test
	void redisGoneForAWhileWhileChangesArrive() {
		Workload workload = Workload.start(core, admin, "redis-gone");
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await().atMost(RECOVERY).until(() -> workload.created() >= TASKS / 3);

		long loadsBefore = system.odoo().requestCounts().calls("project.task", "load");
		system.infrastructure().redis().stop();
		try {
			// the sync keeps writing on its local share of the budget
			await("task batches reaching Odoo without Redis").atMost(RECOVERY)
				.until(() -> system.odoo().requestCounts().calls("project.task", "load") > loadsBefore);
		}
		finally {
			system.infrastructure().redis().start();
		}
		changes.join();

		assertConverged(workload);
	}

	@Test
	void odooDownForAWhile() {
		odooFaultWhileChangesArrive(Fault.status(503), "odoo-down");
	}

	@Test
	void odooDroppingConnections() {
		odooFaultWhileChangesArrive(Fault.dropConnection(), "odoo-drops");
	}

	@Test
	void odooSlow() {
		odooFaultWhileChangesArrive(Fault.latency(Duration.ofSeconds(2)), "odoo-slow");
	}

	@Test
	void odooAnsweringTooManyRequests() {
		odooFaultWhileChangesArrive(Fault.tooManyRequests(Duration.ofSeconds(2)), "odoo-429");
	}

	private void odooFaultWhileChangesArrive(Fault fault, String name) {
		Workload workload = Workload.start(core, admin, name);
		CompletableFuture<Void> changes = workload.createTasks(TASKS);
		await().atMost(RECOVERY).until(() -> workload.created() >= TASKS / 3);
		long requestsBefore = system.odoo().requestCounts().total();

		long faultId = system.odoo().faults().inject(fault);
		try {
			changes.join();
			// the sync met the fault, not only the changes made before it
			await("the sync meeting the fault").atMost(RECOVERY)
				.until(() -> system.odoo().requestCounts().total() > requestsBefore);
		}
		finally {
			system.odoo().faults().remove(faultId);
		}

		assertConverged(workload);
	}

	private void assertConverged(Workload workload) {
		Reconciliation reconciliation = new Reconciliation(core, system.odooView(), admin);
		await("Odoo in step with core-service").atMost(RECOVERY)
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(reconciliation.differences()).isEmpty());
		await("every notification once").atMost(RECOVERY)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> workload.assertEveryNotificationOnce(notifications));
	}

}
