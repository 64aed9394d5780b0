package com.geniusharmony.system.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.bench.Cast.Person;
import com.geniusharmony.system.harness.HarmonySystem;
import com.geniusharmony.system.harness.ServiceNode;

/**
 * Load driver, not a test ({@code ./mvnw -pl system-tests -Pbench verify}): the whole
 * system under a steady open-loop load through core-service's API (end-to-end latency to
 * Odoo and to a readable notification, consumer lag), then bursts for the sync's
 * throughput against the emulator's own ceiling, then notification-service's API against
 * a bare endpoint of the same process, then each service's memory and start-up time.
 * Writes {@code target/system-benchmark.md}; asserts nothing about timing.
 */
class SystemLoadBenchmark {

	private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "5"));

	private static final int SECONDS = Integer.getInteger("bench.seconds", 90);

	private static final int UPDATE_EVERY = Integer.getInteger("bench.update-every", 4);

	private static final int ASSIGNEES = Integer.getInteger("bench.assignees", 10);

	private static final int BURST = Integer.getInteger("bench.burst", 500);

	private static final int BACKLOG = Integer.getInteger("bench.backlog", 2000);

	private static final int BURST_CONCURRENCY = Integer.getInteger("bench.burst-concurrency", 8);

	private static final int API_CONCURRENCY = Integer.getInteger("bench.concurrency", 16);

	private static final int API_REQUESTS = Integer.getInteger("bench.requests", 3000);

	private static final Duration WAIT = Duration.ofMinutes(5);

	@Test
	void measure() throws Exception {
		String settings = String.format(Locale.ROOT,
				"-Dbench.rate=%s -Dbench.seconds=%d -Dbench.update-every=%d -Dbench.assignees=%d -Dbench.burst=%d "
						+ "-Dbench.backlog=%d -Dbench.burst-concurrency=%d -Dbench.concurrency=%d -Dbench.requests=%d",
				RATE, SECONDS, UPDATE_EVERY, ASSIGNEES, BURST, BACKLOG, BURST_CONCURRENCY, API_CONCURRENCY,
				API_REQUESTS);
		Report report = new Report(Machine.description(), settings, Machine.loadAverage());
		HarmonySystem system = HarmonySystem.get();
		report.loadAfterStart(Machine.loadAverage());
		List<ServiceNode> nodes = List.of(system.core(), system.odooSync(), system.notifications(), system.scheduler());
		Map<String, Duration> startups = new LinkedHashMap<>();
		nodes.forEach((node) -> startups.put(node.name(), node.startupTime()));
		CoreApi core = new CoreApi(system.core());
		String admin = core.token(HarmonySystem.ADMIN_USERNAME, HarmonySystem.ADMIN_PASSWORD);
		Cast cast = Cast.create(core, admin, ASSIGNEES);
		Map<String, Map<String, Long>> lagByPhase = new LinkedHashMap<>();
		try (OdooWatch odoo = new OdooWatch(system.odoo(), Duration.ofMillis(50));
				NotificationWatch notifications = new NotificationWatch(system.notifications(), Duration.ofMillis(50));
				ConsumerLag lag = new ConsumerLag(system.infrastructure().kafka().bootstrapServers())) {
			SteadyLoad steady = new SteadyLoad(core, cast, odoo, notifications);
			int created = steady.run(RATE, Duration.ofSeconds(SECONDS), UPDATE_EVERY, WAIT);
			report.steady(RATE, SECONDS, UPDATE_EVERY, ASSIGNEES, created, steady, odoo.pending(),
					notifications.pending(), odoo.failedScans() + notifications.failedScans());
			lagByPhase.put("steady load", lag.max());

			SyncBurst bursts = new SyncBurst(core, cast, odoo, system.odoo(), BURST_CONCURRENCY, WAIT);
			lag.reset();
			SyncBurst.Result running = bursts.whileRunning(BURST);
			lagByPhase.put("burst, sync running", lag.max());
			lag.reset();
			SyncBurst.Result backlog = bursts.backlog(BACKLOG, system.odooSync());
			lagByPhase.put("backlog, sync down then drained", lag.max());
			double ceilingSeconds = new EmulatorCeiling(system.odoo()).load(BACKLOG,
					"harmony.project_" + cast.projectId());
			report.lag(lagByPhase, lag.failedSamples());
			report.burst(running, backlog, BURST_CONCURRENCY, ceilingSeconds);
		}

		List<String> tokens = cast.assignees().stream().map(Person::token).toList();
		Map<String, Endpoint> endpoints = new LinkedHashMap<>();
		endpoints.put("bare: `GET /actuator/health/liveness`, no token",
				new Endpoint("/actuator/health/liveness", List.of()));
		endpoints.put("bare: `GET /actuator/health/liveness`, with a token",
				new Endpoint("/actuator/health/liveness", tokens));
		endpoints.put("`GET /api/notifications/unread-count/`",
				new Endpoint("/api/notifications/unread-count/", tokens));
		endpoints.put("`GET /api/notifications/` (first page of 20)", new Endpoint("/api/notifications/", tokens));
		ApiThroughput api = new ApiThroughput(API_CONCURRENCY);
		for (Endpoint endpoint : endpoints.values()) {
			api.run(system.notifications().uri(endpoint.path()), endpoint.tokens(), API_REQUESTS / 5);
		}
		List<ApiThroughput.Result> results = new ArrayList<>();
		for (Endpoint endpoint : endpoints.values()) {
			results.add(api.run(system.notifications().uri(endpoint.path()), endpoint.tokens(), API_REQUESTS));
		}
		report.api(API_CONCURRENCY, API_REQUESTS, ASSIGNEES, (int) Math.round(RATE * SECONDS / ASSIGNEES) + 1,
				List.copyOf(endpoints.keySet()), results);

		Map<String, ServiceNode> services = new LinkedHashMap<>();
		nodes.forEach((node) -> services.put(node.name(), node));
		report.processes(services, startups);
		String text = report.finish(Machine.loadAverage());
		System.out.println(text);
		Files.writeString(Path.of("target", "system-benchmark.md"), text);
	}

	private record Endpoint(String path, List<String> tokens) {

	}

}
