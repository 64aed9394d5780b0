package com.geniusharmony.odoosync.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.stats.Arrival;
import com.geniusharmony.odooemulator.stats.RequestCounts;
import com.geniusharmony.odoosync.OdooSyncServiceApplication;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.support.testing.ServiceJvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three instances in their own JVMs, sharing one database, one Redis and one Odoo, with
 * the default budget of 10 requests/s: Odoo never receives more than 10 requests in any
 * sliding second, a refusal with HTTP 429 pauses all of them, and every record lands
 * once.
 */
class ThreeInstancesIntegrationTests {

	private static final int FIRST_USERS = 200;

	private static final int MORE_USERS = 30;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	private static final int BUDGET = 10;

	/**
	 * Slots reserved before a pause may still be used: half a second of them, a little
	 * late.
	 */
	private static final Duration RESERVED_BEFORE_THE_PAUSE = Duration.ofSeconds(1);

	@Test
	void togetherTheyKeepToTheBudgetPauseAfterA429AndWriteEveryRecordOnce() throws Exception {
		try (OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults());
				// small batches, so that the budget, not the number of changes, sets the
				// pace
				SyncInstances instances = new SyncInstances("three", odoo,
						Map.of("HARMONY_SYNC_BATCH_SIZE", "2", "HARMONY_SYNC_DEBOUNCE", "50ms"))) {
			List<ServiceJvm> running = new ArrayList<>();
			try {
				for (String name : List.of("one", "two", "three")) {
					running.add(ServiceJvm.start(OdooSyncServiceApplication.class, instances.environment(name),
							Ports.free(), Path.of("target", "three-instances-test", name + ".log")));
				}
				odoo.resetRequestCounts();

				instances.publish(users(FIRST_USERS));
				awaitSynced(instances, FIRST_USERS);
				RequestCounts counts = odoo.requestCounts();
				assertThat(counts.calls("res.partner", "load")).isGreaterThanOrEqualTo(FIRST_USERS / 2);
				assertThat(counts.maxInAnySecond()).as("requests in any sliding second, %s", counts.perSecond())
					.isLessThanOrEqualTo(BUDGET);

				odoo.resetRequestCounts();
				Instant injected = Instant.now();
				odoo.faults().inject(Fault.tooManyRequests(RETRY_AFTER).times(2));
				instances.publish(users(MORE_USERS));
				awaitSynced(instances, FIRST_USERS + MORE_USERS);

				// the first request after the fault was injected is refused; after the
				// slots reserved before, nothing reaches Odoo until the pause ends
				List<Instant> arrivals = odoo.requestArrivals()
					.stream()
					.map(Arrival::at)
					.filter((at) -> !at.isBefore(injected.truncatedTo(ChronoUnit.MILLIS)))
					.sorted()
					.toList();
				Instant refused = arrivals.get(0);
				assertThat(arrivals)
					.filteredOn((at) -> at.isAfter(refused.plus(RESERVED_BEFORE_THE_PAUSE))
							&& at.isBefore(refused.plus(RETRY_AFTER)))
					.as("requests during the pause that began at %s", refused)
					.isEmpty();
				assertThat(odoo.requestCounts().maxInAnySecond()).isLessThanOrEqualTo(BUDGET);
				List<OdooRecord> partners = odoo.records("res.partner")
					.stream()
					.filter((partner) -> partner.externalIds().stream().anyMatch((id) -> id.startsWith("harmony.")))
					.toList();
				assertThat(partners).hasSize(FIRST_USERS + MORE_USERS);
			}
			finally {
				for (ServiceJvm instance : running) {
					instance.close();
				}
			}
		}
	}

	private static List<EventEnvelope> users(int count) {
		return IntStream.range(0, count).mapToObj((i) -> {
			String id = TestEvents.newId();
			return TestEvents.event(new UserCreated(TestEvents.user(id, "User", id, "")), 1);
		}).toList();
	}

	private static void awaitSynced(SyncInstances instances, int count) {
		await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> instances.count("status = 'synced'") == count);
	}

}
