package com.geniusharmony.deploy.metrics;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.geniusharmony.deploy.repository.Repository;
import com.geniusharmony.deploy.repository.ServiceDescription;
import com.geniusharmony.deploy.repository.ServiceProcess;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.infra.server.Source;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every metric an alert rule or a dashboard names is exported by the service(s) it is
 * queried for. Each service runs from its jar, one after the other, against the real
 * Kafka, PostgreSQL and Redis of local-infra (odoo-sync-service also against the Odoo
 * emulator), and is scraped once ready: a metric that only appears after first use counts
 * as missing, since an alert on it would see nothing until then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsExportedIntegrationTests {

	/**
	 * How long a service may take, once ready, to register the meters it is expected to
	 * have.
	 */
	private static final Duration REGISTRATION = Duration.ofSeconds(20);

	private final Repository repository = Repository.current();

	private final List<MetricReference> references = MetricReference.all(this.repository);

	private final Map<String, Set<String>> exported = new LinkedHashMap<>();

	private final Map<String, String> startFailures = new LinkedHashMap<>();

	private final List<String> databases = new ArrayList<>();

	private final String topicSuffix = "-m" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 36);

	@BeforeAll
	void startAndScrapeEveryService() {
		Infrastructure infrastructure = Infrastructure.shared();
		try (OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults())) {
			for (ServiceDescription service : this.repository.services()) {
				Map<String, String> environment = environment(infrastructure, service, odoo);
				Path jar = Path.of(System.getProperty("harmony.jar." + service.name()));
				Path log = Path.of("target", "metrics-test", service.name() + ".log");
				try (ServiceProcess process = ServiceProcess.start(jar, environment, log)) {
					this.exported.put(service.name(), scrape(process, expected(service.name())));
				}
				catch (Exception ex) {
					this.startFailures.put(service.name(), ex.getMessage());
				}
			}
		}
	}

	@AfterAll
	void dropWhatTheServicesCreated() throws Exception {
		PostgresServer postgres = Infrastructure.shared().postgres();
		this.databases.forEach(postgres::dropDatabase);
		KafkaServer kafka = Infrastructure.shared().kafka();
		// a broker this JVM started goes with it; one named by the environment keeps its
		// topics
		if (kafka.source() == Source.ENVIRONMENT) {
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
				List<String> topics = admin.listTopics()
					.names()
					.get(30, TimeUnit.SECONDS)
					.stream()
					.filter((topic) -> topic.contains(this.topicSuffix))
					.toList();
				admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
			}
		}
	}

	Stream<String> services() {
		return this.repository.services().stream().map(ServiceDescription::name);
	}

	@ParameterizedTest
	@MethodSource("services")
	void everyMetricQueriedForTheServiceIsExported(String service) {
		assertThat(this.startFailures).as("services that did not start").doesNotContainKey(service);
		Map<String, Set<String>> missing = missing(this.exported.get(service), expected(service));
		assertThat(missing.keySet()).as("metrics %s does not export; named by:%n%s", service, describe(missing))
			.isEmpty();
	}

	@Test
	void everyMetricQueriedForAnyServiceIsExportedByOne() {
		assertThat(this.startFailures).as("services that did not start").isEmpty();
		Set<String> all = new TreeSet<>();
		this.exported.values().forEach(all::addAll);
		List<MetricReference> anyService = this.references.stream()
			.filter((reference) -> reference.services().isEmpty())
			.toList();
		assertThat(anyService).isNotEmpty();
		Map<String, Set<String>> missing = missing(all, anyService);
		assertThat(missing.keySet()).as("metrics no service exports; named by:%n%s", describe(missing)).isEmpty();
	}

	private List<MetricReference> expected(String service) {
		return this.references.stream().filter((reference) -> reference.services().contains(service)).toList();
	}

	/**
	 * Scrapes until every expected metric is there or the registration time is over, and
	 * at least twice, so that the first scrape's own HTTP metrics are in the last one.
	 */
	private Set<String> scrape(ServiceProcess process, List<MetricReference> expected) {
		process.scrape();
		AtomicReference<Set<String>> last = new AtomicReference<>();
		try {
			await().atMost(REGISTRATION).pollInterval(Duration.ofSeconds(1)).until(() -> {
				last.set(Exposition.seriesNames(process.scrape()));
				return missing(last.get(), expected).isEmpty();
			});
		}
		catch (ConditionTimeoutException ex) {
			// the assertions name what is missing
		}
		return last.get();
	}

	private static Map<String, Set<String>> missing(Set<String> exported, List<MetricReference> expected) {
		Map<String, Set<String>> missing = new TreeMap<>();
		for (MetricReference reference : expected) {
			if (!exported.contains(reference.metric())) {
				missing.computeIfAbsent(reference.metric(), (metric) -> new TreeSet<>()).add(reference.source());
			}
		}
		return missing;
	}

	private static String describe(Map<String, Set<String>> missing) {
		StringBuilder text = new StringBuilder();
		missing
			.forEach((metric, sources) -> text.append("  ").append(metric).append(": ").append(sources).append('\n'));
		return text.toString();
	}

	private Map<String, String> environment(Infrastructure infrastructure, ServiceDescription service,
			OdooEmulator odoo) {
		PostgresServer postgres = infrastructure.postgres();
		String database = postgres.createDatabase("metrics_" + service.defaultDatabase());
		this.databases.add(database);
		Map<String, String> environment = new HashMap<>();
		environment.put("SERVER_PORT", Integer.toString(Ports.free()));
		environment.put("LOG_FORMAT", "");
		environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafka().bootstrapServers());
		environment.put("HARMONY_TOPIC_SUFFIX", this.topicSuffix);
		environment.put("POSTGRES_HOST", postgres.host());
		environment.put("POSTGRES_PORT", Integer.toString(postgres.port()));
		environment.put("POSTGRES_USER", postgres.username());
		environment.put("POSTGRES_PASSWORD", postgres.password());
		environment.put("POSTGRES_DB", database);
		if (service.readiness().contains("redis")) {
			environment.put("REDIS_URL", infrastructure.redis().uri());
			environment.put("HARMONY_REDIS_KEY_PREFIX", this.topicSuffix.substring(1) + ":");
		}
		if (service.name().equals("odoo-sync-service")) {
			OdooEmulatorConfig config = odoo.config();
			environment.put("ODOO_ENABLED", "true");
			environment.put("ODOO_HOST", "127.0.0.1");
			environment.put("ODOO_PORT", Integer.toString(odoo.port()));
			environment.put("ODOO_PROTOCOL", "jsonrpc");
			environment.put("ODOO_DB", config.database());
			environment.put("ODOO_USERNAME", config.login());
			environment.put("ODOO_PASSWORD", config.password());
		}
		return environment;
	}

}
