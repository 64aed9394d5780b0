package com.geniusharmony.odoosync.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odoosync.OdooSyncServiceApplication;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.support.testing.ServiceJvm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance is killed while it holds the claim of a batch whose {@code load} Odoo is
 * still working on; once the claim's lease is over another instance takes the batch, and
 * Odoo ends up with every record exactly once.
 */
class InstanceKilledMidBatchIntegrationTests {

	private static final int USERS = 30;

	@Test
	void anotherInstanceFinishesTheBatchOfAKilledOneAndOdooHoldsEveryRecordOnce() throws Exception {
		try (OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults());
				SyncInstances instances = new SyncInstances("killed", odoo, Map.of("ODOO_REQUEST_TIMEOUT", "60s",
						// every change of the test in one batch, and a short lease so
						// that the
						// test does not wait long for it to end
						"HARMONY_SYNC_DEBOUNCE", "3s", "HARMONY_SYNC_CLAIM_LEASE", "5s"))) {
			Path logs = Path.of("target", "killed-instance-test");
			// the first load Odoo gets takes long enough for the instance to be killed
			// while it waits for the answer
			odoo.faults().inject(Fault.latency(Duration.ofSeconds(15)).onlyFor("res.partner", "load").times(1));
			List<String> users = IntStream.range(0, USERS).mapToObj((i) -> TestEvents.newId()).toList();
			ServiceJvm first = ServiceJvm.start(OdooSyncServiceApplication.class, instances.environment("first"),
					Ports.free(), logs.resolve("first.log"));
			try {
				instances.publish(users.stream()
					.map((id) -> TestEvents.event(new UserCreated(TestEvents.user(id, "User", id, "")), 1))
					.toList());
				await().atMost(Duration.ofSeconds(60))
					.until(() -> instances.count("claimed_by = 'first'") > 0 && odoo.faults().active().isEmpty());
			}
			finally {
				first.kill();
			}
			try (ServiceJvm second = ServiceJvm.start(OdooSyncServiceApplication.class, instances.environment("second"),
					Ports.free(), logs.resolve("second.log"))) {
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
					instances.publish(List.of(TestEvents.sweepTick()));
					return instances.count("status = 'synced'") == USERS;
				});
			}
			List<OdooRecord> partners = odoo.records("res.partner")
				.stream()
				.filter((partner) -> partner.externalIds().stream().anyMatch((id) -> id.startsWith("harmony.user_")))
				.toList();
			assertThat(partners).hasSize(USERS);
			assertThat(partners.stream().flatMap((partner) -> partner.externalIds().stream()))
				.containsExactlyInAnyOrderElementsOf(users.stream().map((id) -> "harmony.user_" + id).toList());
		}
	}

}
