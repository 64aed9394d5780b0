package com.geniusharmony.odoosync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.Throttle;
import com.geniusharmony.odoosync.batch.SyncDrainer;
import com.geniusharmony.odoosync.mapping.DirectLoad;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.UnbudgetedOdoo;
import com.geniusharmony.support.kafka.TopicNames;
import com.geniusharmony.support.testing.LoadAverage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Load driver, not a test ({@code ./mvnw -pl odoo-sync-service -Pbench verify}): users,
 * projects and tasks published as core-service publishes them, synced by the running
 * service into an Odoo emulator under the default budget (10 requests/s), timed from the
 * first publish until the emulator holds every record; then, in the same run, one record
 * per request under the same budget, and the same rows loaded straight into a fresh
 * emulator of the same configuration with no budget (the ceiling), and the ratio of the
 * two. Sizes and throttle from {@code bench.*} properties; writes its table to
 * {@code target/benchmark.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OperatorTokens.SECRET_PROPERTY)
@RealInfrastructure
class SyncThroughputBenchmark {

	static final int USERS = Integer.getInteger("bench.users", 10_000);

	static final int PROJECTS = Integer.getInteger("bench.projects", 1_000);

	static final int TASKS = Integer.getInteger("bench.tasks", 50_000);

	static final int SINGLES = Integer.getInteger("bench.singles", 200);

	/** {@code none}, or {@code odoo18}: the ingest speed measured on a real Odoo 18. */
	static final String THROTTLE = System.getProperty("bench.throttle", "none");

	private static final String BACKLOG_IDS = "b";

	private static final Duration BOUND = Duration.ofMinutes(Integer.getInteger("bench.minutes", 20));

	private static OdooEmulator odoo;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private OdooClient budgetedOdoo;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private SyncDrainer drainer;

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry registry) {
		odoo = OdooEmulator.start(emulatorConfig());
		SyncTestOdoo.register(registry, odoo);
	}

	static OdooEmulatorConfig emulatorConfig() {
		Throttle throttle = switch (THROTTLE) {
			case "none" -> Throttle.none();
			case "odoo18" -> Throttle.odoo18Measured();
			default -> throw new IllegalArgumentException("bench.throttle is none or odoo18, not " + THROTTLE);
		};
		return OdooEmulatorConfig.defaults().withUsers(SyncTestOdoo.ALICE, SyncTestOdoo.BOB).withThrottle(throttle);
	}

	@Test
	void measure() throws Exception {
		BenchWorkload workload = BenchWorkload.of(USERS, PROJECTS, TASKS);
		WorkloadFeed feed = new WorkloadFeed(this.kafka, this.topicNames, this.database);
		BenchReport report = new BenchReport(workload, THROTTLE, LoadAverage.now());
		odoo.resetRequestCounts();
		long started = System.nanoTime();
		Landing landing = new Landing(odoo, started, USERS, PROJECTS, TASKS);
		report.published(feed.publish(workload.events()) - started);
		double maxLag = 0;
		Double intake = null;
		while (!landing.poll() && landing.seconds() < BOUND.toSeconds()) {
			maxLag = Math.max(maxLag, this.meters.get("harmony.sync.lag").gauge().value());
			if (intake == null && feed.stored() >= workload.size()) {
				intake = landing.seconds();
			}
			Thread.sleep(100);
		}
		report.synced(landing, odoo.requestCounts(), intake, maxLag, this.meters);
		drainBacklog(report, feed);

		odoo.resetRequestCounts();
		long singles = System.nanoTime();
		for (int i = 1; i <= SINGLES; i++) {
			this.budgetedOdoo
				.load("res.partner", List.of("id", "name", "email"),
						List.of(List.of("harmony.single_" + i, "Single " + i, "single" + i + "@example.com")))
				.block(Duration.ofMinutes(1));
		}
		report.singles(SINGLES, (System.nanoTime() - singles) / 1e9, odoo.requestCounts());

		// one load more than the emulator has workers keeps each of them busy
		int inFlight = emulatorConfig().throttle().workers() + 1;
		try (OdooEmulator ceiling = OdooEmulator.start(emulatorConfig())) {
			Map<EntityKind, Double> seconds = new DirectLoad(UnbudgetedOdoo.jsonRpc(ceiling), 100, inFlight)
				.load(workload.users(), workload.projects(), workload.tasks());
			report.ceiling(seconds, inFlight, ceiling, ceiling.requestCounts());
		}
		String table = report.table(LoadAverage.now());
		System.out.println(table);
		Files.writeString(Path.of("target", "benchmark.md"), table);
	}

	/**
	 * The same workload under other ids, recorded while the drain is stopped, then
	 * drained: the sync against Odoo alone, without the intake, timed from the drain's
	 * start.
	 */
	private void drainBacklog(BenchReport report, WorkloadFeed feed) throws Exception {
		BenchWorkload backlog = BenchWorkload.of(BACKLOG_IDS, USERS, PROJECTS, TASKS);
		long before = feed.stored();
		this.drainer.stop();
		long published = System.nanoTime();
		feed.publish(backlog.events());
		while (feed.stored() < before + backlog.size() && System.nanoTime() - published < BOUND.toNanos()) {
			Thread.sleep(200);
		}
		double intake = (System.nanoTime() - published) / 1e9;
		odoo.resetRequestCounts();
		long started = System.nanoTime();
		this.drainer.start();
		Landing landing = new Landing(odoo, started, BACKLOG_IDS, USERS, PROJECTS, TASKS);
		while (!landing.poll() && landing.seconds() < BOUND.toSeconds()) {
			Thread.sleep(100);
		}
		report.drained(intake, landing, odoo.requestCounts());
	}

}
