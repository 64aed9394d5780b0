package com.geniusharmony.odoosync.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.stats.Arrival;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances in their own JVMs, sharing one database, one Redis and one Odoo, with
 * the default budget of 10 requests/s: Odoo never counts more than 10 requests in any
 * sliding second, on the machine as it is and with six CPU-bound processes competing for
 * it; a refusal with HTTP 429 pauses all of them; and every record lands once. The soak
 * run ({@code ThreeInstancesSoak}) repeats the rounds under more kinds of contention.
 */
class ThreeInstancesIntegrationTests {

	private static final int BUDGET = 10;

	private static final int USERS_PER_ROUND = 200;

	private static final int MORE_USERS = 30;

	private static final int COMPETING_PROCESSES = 6;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

	/**
	 * Slots reserved before a pause may still be used: half a second of them, a little
	 * late.
	 */
	private static final Duration RESERVED_BEFORE_THE_PAUSE = Duration.ofSeconds(1);

	@Test
	void togetherTheyKeepToTheBudgetAlsoOnABusyMachinePauseAfterA429AndWriteEveryRecordOnce() throws Exception {
		try (ThreeInstances three = new ThreeInstances("three")) {
			ThreeInstances.Round quiet = three.sync(USERS_PER_ROUND);
			assertThat(quiet.counts().calls("res.partner", "load")).isGreaterThanOrEqualTo(USERS_PER_ROUND / 2);
			assertThat(quiet.mostInAnySecond()).as("requests in any sliding second, %s", quiet.delays())
				.isLessThanOrEqualTo(BUDGET);

			ThreeInstances.Round busy;
			try (CpuHogs hogs = CpuHogs.start(COMPETING_PROCESSES)) {
				busy = three.sync(USERS_PER_ROUND);
			}
			assertThat(busy.mostInAnySecond())
				.as("requests in any sliding second with %d CPU-bound processes competing, %s", COMPETING_PROCESSES,
						busy.delays())
				.isLessThanOrEqualTo(BUDGET);
			assertThat(busy.delays().requests()).as("requests that carried their slot and write times")
				.isEqualTo(busy.counts().total());

			assertPausedAfterRefusal(three);
			List<OdooRecord> partners = three.odoo()
				.records("res.partner")
				.stream()
				.filter((partner) -> partner.externalIds().stream().anyMatch((id) -> id.startsWith("harmony.")))
				.toList();
			assertThat(partners).hasSize(three.users());
		}
	}

	/**
	 * The first request after a 429 fault is refused; after the slots reserved before,
	 * nothing reaches Odoo until the pause ends.
	 */
	private static void assertPausedAfterRefusal(ThreeInstances three) {
		three.odoo().resetRequestCounts();
		Instant injected = Instant.now();
		three.odoo().faults().inject(Fault.tooManyRequests(RETRY_AFTER).times(2));
		three.publishUsers(MORE_USERS);
		three.awaitSynced();

		List<Instant> arrivals = three.odoo()
			.requestArrivals()
			.stream()
			.map(Arrival::at)
			.filter((at) -> !at.isBefore(injected.truncatedTo(ChronoUnit.MILLIS)))
			.sorted()
			.toList();
		Instant refused = arrivals.get(0);
		assertThat(arrivals).filteredOn(
				(at) -> at.isAfter(refused.plus(RESERVED_BEFORE_THE_PAUSE)) && at.isBefore(refused.plus(RETRY_AFTER)))
			.as("requests during the pause that began at %s", refused)
			.isEmpty();
		assertThat(three.odoo().requestCounts().maxInAnySecond()).isLessThanOrEqualTo(BUDGET);
	}

}
