package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.geniusharmony.system.harness.ServiceNode;

/**
 * The benchmark's Markdown report, section by section, each with what it was compared
 * with.
 */
final class Report {

	private final StringBuilder text = new StringBuilder();

	private final String loadBefore;

	private String loadAfterStart = "";

	Report(String machine, String settings, String loadBefore) {
		this.loadBefore = loadBefore;
		line("# Whole system under load");
		line("");
		line("Machine: " + machine + ".");
		line("");
		line("Command: `./mvnw -o -pl system-tests -Pbench verify` (the services' jars built first), with these "
				+ "settings: `" + settings + "`.");
	}

	void loadAfterStart(String load) {
		this.loadAfterStart = load;
	}

	void steady(double rate, int seconds, int updateEvery, int assignees, int created, SteadyLoad load, int notInOdoo,
			int notNotified, int failedScans) {
		format("%n## Steady load%n%n%.1f task creations/s for %d s (%d sent, open loop), each assigned to one of %d "
				+ "assignees in turn, and a title update of a task already in Odoo after every %d creations "
				+ "(%d sent). Times from the request sent; Odoo and the notification API polled every 50 ms.%n%n", rate,
				seconds, created, assignees, updateEvery, load.updatesSent());
		line("| measure | n | p50 ms | p99 ms | max ms |");
		line("|---|---:|---:|---:|---:|");
		line("| core API: `POST /api/tasks` " + load.createApi.cells());
		line("| core API: `PATCH /api/tasks/{id}` " + load.updateApi.cells());
		line("| task created → in Odoo " + load.createToOdoo.cells());
		line("| task title changed → in Odoo with the new title " + load.updateToOdoo.cells());
		line("| assignment → notification readable through the API " + load.assignmentToNotification.cells());
		format("%nFailed API requests: %d. Not seen within 5 minutes: %d in Odoo, %d notifications. "
				+ "Failed polls: %d.%n", load.failedRequests.get(), notInOdoo, notNotified, failedScans);
	}

	void lag(Map<String, Map<String, Long>> maxLagByPhase, int failedSamples) {
		format("%n## Consumer lag%n%nRead with Kafka's AdminClient once a second during each phase: per consumer group, "
				+ "the end offsets minus the group's committed offsets, summed over its partitions; the largest "
				+ "sample of the phase (%d samples failed). `core-service` reads the Odoo ids the sync sends back; "
				+ "`notification-service-task-projection` keeps the tasks the deadline check reads.%n%n",
				failedSamples);
		Set<String> groups = new TreeSet<>();
		maxLagByPhase.values().forEach((byGroup) -> groups.addAll(byGroup.keySet()));
		line("| consumer group | " + String.join(" | ", maxLagByPhase.keySet()) + " |");
		line("|---|" + "---:|".repeat(maxLagByPhase.size()));
		for (String group : groups) {
			StringBuilder row = new StringBuilder("| `" + group + "` |");
			maxLagByPhase.values()
				.forEach((byGroup) -> row.append(' ')
					.append(byGroup.containsKey(group) ? String.format(Locale.ROOT, "%,d", byGroup.get(group)) : "–")
					.append(" |"));
			line(row.toString());
		}
	}

	void burst(SyncBurst.Result running, SyncBurst.Result backlog, int concurrency, double ceilingSeconds) {
		format("%n## Sync throughput under the budget (10 requests/s)%n%nTasks created through core-service by %d "
				+ "concurrent clients, without assignees. *Sync running*: %d tasks while the sync runs, timed from "
				+ "the first request to the last task seen in Odoo. *Backlog*: %d tasks created while "
				+ "odoo-sync-service is down (killed), then started again, timed from its readiness (or its first "
				+ "task in Odoo, if earlier) to the last task in Odoo. The ceiling is the same emulator ingesting "
				+ "%d rows directly, in `project.task.load` batches of 100 with the sync's columns, from one "
				+ "client, in the same run; the one-call-per-record design of the original guide is capped at the "
				+ "budget, 10 records/s.%n%n", concurrency, running.sent(), backlog.sent(), backlog.sent());
		line("| path | records | seconds | records/s | Odoo requests | task `load`s | max requests in any 1 s |");
		line("|---|---:|---:|---:|---:|---:|---:|");
		format("| core API alone, sync running (first request to last answer) | %,d | %.1f | %.1f | | | |%n",
				running.sent() - running.failed(), running.apiSeconds(),
				(running.sent() - running.failed()) / running.apiSeconds());
		row("sync running: API → Odoo", running);
		row("**backlog drained by the sync**", backlog);
		format("| ceiling: the emulator, `load` of 100 rows, directly | %,d | %.2f | %,.0f | %d | %d | |%n",
				backlog.sent(), ceilingSeconds, backlog.sent() / ceilingSeconds, (backlog.sent() + 99) / 100,
				(backlog.sent() + 99) / 100);
		format("| one call per record at the budget | %,d | %.1f | 10.0 | %,d | | 10 |%n", backlog.sent(),
				backlog.sent() / 10.0, backlog.sent());
		format("%nFailed creations: %d and %d; not in Odoo within 5 minutes: %d and %d.%n", running.failed(),
				backlog.failed(), running.sent() - running.failed() - running.landed(),
				backlog.sent() - backlog.failed() - backlog.landed());
	}

	private void row(String path, SyncBurst.Result result) {
		format("| %s | %,d | %.1f | %.1f | %,d | %,d | %d |%n", path, result.landed(), result.odooSeconds(),
				result.recordsPerSecond(), result.odooRequests(), result.taskLoads(), result.maxInAnySecond());
	}

	void api(int concurrency, int requests, int users, int perUser, List<String> endpoints,
			List<ApiThroughput.Result> results) {
		format("%n## Notification API against a bare endpoint%n%nnotification-service's own process, %d clients in "
				+ "a closed loop (HTTP/1.1 keep-alive), %,d requests per endpoint after %,d of warm-up, one endpoint "
				+ "after the other, with the tokens of %d users in turn (about %d notifications each). The bare "
				+ "endpoint is the liveness probe of the same server (no database): once without a token, once "
				+ "with one, which the security filter chain checks as on any other path.%n%n", concurrency, requests,
				requests / 5, users, perUser);
		line("| endpoint | requests/s | p50 ms | p99 ms | failed |");
		line("|---|---:|---:|---:|---:|");
		for (int i = 0; i < endpoints.size(); i++) {
			ApiThroughput.Result result = results.get(i);
			format("| %s | %,.0f | %.1f | %.1f | %d |%n", endpoints.get(i), result.perSecond(),
					result.latencies().p50Millis(), result.latencies().p99Millis(), result.failed());
		}
	}

	void processes(Map<String, ServiceNode> services, Map<String, Duration> startups) {
		format("%n## Services' processes%n%nStart-up: process launched to readiness 200 when the system started "
				+ "(polled every 500 ms; core-service alone first, then the other three at once, so these three "
				+ "shared the CPUs). Resident memory: `VmRSS` at the end of the run (odoo-sync-service was "
				+ "restarted for the backlog). JVM options as the harness starts them: `-Xmx320m "
				+ "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`.%n%n");
		line("| service | start-up s | resident memory MiB |");
		line("|---|---:|---:|");
		services.forEach((name, node) -> {
			Duration startup = startups.get(name);
			format("| %s | %s | %,.0f |%n", name,
					(startup != null) ? String.format(Locale.ROOT, "%.1f", startup.toMillis() / 1000.0) : "–",
					Machine.residentKibibytes(node.pid()) / 1024.0);
		});
	}

	String finish(String loadAfter) {
		format("%nLoad average (1/5/15 min): %s before the system started, %s once it was ready, %s after the run.%n",
				this.loadBefore, this.loadAfterStart, loadAfter);
		return this.text.toString();
	}

	private void line(String line) {
		this.text.append(line).append('\n');
	}

	private void format(String format, Object... args) {
		this.text.append(String.format(Locale.ROOT, format, args));
	}

}
