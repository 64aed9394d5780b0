package com.geniusharmony.odoosync.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.geniusharmony.odooemulator.stats.Arrival;
import com.geniusharmony.odooemulator.stats.ArrivalDelays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soak run of the shared budget, outside {@code verify}: three instances in their own
 * JVMs sync round after round of users, each round with 0, 2, 4 or 6 CPU-bound processes
 * competing for the machine, and Odoo must never count more than the budget in any
 * sliding second. Reports the worst second of each round and the delay from the senders'
 * slots and writes to the arrivals, over all rounds, in
 * {@code target/soak/three-instances.md}.
 *
 * <pre>
 * ./mvnw -pl odoo-sync-service -Psoak verify                          # 20 rounds of 200 users
 * ./mvnw -pl odoo-sync-service -Psoak verify -Dsoak.rounds=40 -Dsoak.users=400
 * </pre>
 */
class ThreeInstancesSoak {

	private static final int BUDGET = 10;

	private static final int[] COMPETING_PROCESSES = { 0, 2, 4, 6 };

	@Test
	void neverMoreThanTheBudgetInAnySecondRoundAfterRound() throws Exception {
		int rounds = Integer.getInteger("soak.rounds", 20);
		int users = Integer.getInteger("soak.users", 200);
		List<String> lines = new ArrayList<>();
		List<Arrival> allArrivals = new ArrayList<>();
		int worst = 0;
		long requests = 0;
		SenderTimes sender = new SenderTimes(0, 0, 0, 0, 0);
		long started = System.nanoTime();
		try (ThreeInstances three = new ThreeInstances("soak")) {
			for (int round = 1; round <= rounds; round++) {
				int competing = COMPETING_PROCESSES[(round - 1) % COMPETING_PROCESSES.length];
				ThreeInstances.Round result;
				try (CpuHogs hogs = CpuHogs.start(competing)) {
					result = three.sync(users);
				}
				worst = Math.max(worst, result.mostInAnySecond());
				requests += result.counts().total();
				allArrivals.addAll(result.arrivals());
				sender = sender.plus(result.sender());
				String line = String.format(Locale.ROOT, "| %d | %d | %d | %d | %s | %s | %s |", round, competing,
						result.counts().total(), result.mostInAnySecond(), result.delays().fromSlot(),
						result.delays().fromWrite(), result.sender());
				lines.add(line);
				System.out.println(line);
			}
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		String report = report(rounds, users, took, requests, worst, ArrivalDelays.of(allArrivals), sender, lines);
		Path file = Path.of("target", "soak", "three-instances.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println(report);
		assertThat(worst).as("the most requests in any sliding second over every round").isLessThanOrEqualTo(BUDGET);
	}

	private static String report(int rounds, int users, Duration took, long requests, int worst, ArrivalDelays delays,
			SenderTimes sender, List<String> lines) {
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT,
				"%d rounds of %d users in %d s: %d requests, at most %d in any sliding second (budget %d)%n%n", rounds,
				users, took.toSeconds(), requests, worst, BUDGET));
		report.append("All rounds at Odoo: ").append(delays).append("\n\n");
		report.append("All rounds at the senders: ").append(sender).append("\n\n");
		report.append("| round | competing processes | requests | most in any second | slot to arrival | ")
			.append("write to arrival | permit to write |\n|---|---|---|---|---|---|---|\n");
		lines.forEach((line) -> report.append(line).append('\n'));
		return report.toString();
	}

}
