package com.geniusharmony.system.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.EmulatedUser;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.system.api.OdooView;

/**
 * The whole system, started once per test JVM on first use and stopped when it ends:
 * Kafka, PostgreSQL and Redis of its own (so that tests may stop and kill them), the Odoo
 * emulator in this JVM, and the four services from their jars, each a process with its
 * own database.
 */
public final class HarmonySystem {

	/** The administrator core-service creates at start-up. */
	/**
	 * A person with an Odoo user of their own, who may also be a platform user with the
	 * same email.
	 */
	public static final EmulatedUser ODOO_PERSON = EmulatedUser.of("marie", "Marie Curie", "marie.curie@harmony.test");

	public static final String ADMIN_USERNAME = "admin";

	public static final String ADMIN_PASSWORD = "system-test-admin";

	private static final List<String> SERVICES = List.of("core-service", "odoo-sync-service", "notification-service",
			"scheduler-service");

	private static HarmonySystem running;

	private final Infrastructure infrastructure;

	private final OdooEmulator odoo;

	private final OdooView odooView;

	private final Map<String, ServiceNode> services = new LinkedHashMap<>();

	private final String topicSuffix;

	private int inboxPort;

	private HarmonySystem(Infrastructure infrastructure, OdooEmulator odoo, String topicSuffix) {
		this.infrastructure = infrastructure;
		this.odoo = odoo;
		this.odooView = OdooView.beforeAnySync(odoo);
		this.topicSuffix = topicSuffix;
	}

	/**
	 * The running system, started on first call.
	 * @return the system
	 */
	public static synchronized HarmonySystem get() {
		if (running == null) {
			running = start();
			Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "harmony-system-stop"));
		}
		return running;
	}

	private static HarmonySystem start() {
		Infrastructure infrastructure = Infrastructure.ownServers();
		CompletableFuture.allOf(CompletableFuture.runAsync(infrastructure::kafka),
				CompletableFuture.runAsync(infrastructure::postgres), CompletableFuture.runAsync(infrastructure::redis))
			.join();
		OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults().withUsers(ODOO_PERSON));
		String token = Long.toHexString(UUID.randomUUID().getMostSignificantBits() >>> 32);
		HarmonySystem system = new HarmonySystem(infrastructure, odoo, "-sys" + token);
		Map<String, Integer> ports = new LinkedHashMap<>();
		SERVICES.forEach((service) -> ports.put(service, Ports.free()));
		Map<String, String> shared = system.sharedEnvironment(token);
		shared.put("HARMONY_JWT_JWKS_URI", "http://127.0.0.1:" + ports.get("core-service") + "/.well-known/jwks.json");
		// the browser pages call the services: the operators' console (served by
		// notification-service) and the example inbox (served by its browser test)
		system.inboxPort = Ports.free();
		shared.put("HARMONY_CORS_ALLOWED_ORIGINS",
				"http://127.0.0.1:" + ports.get("notification-service") + ",http://127.0.0.1:" + system.inboxPort);
		Path logs = Repository.root().resolve("system-tests/target/service-logs");
		createEmptyDirectory(logs);
		for (String service : SERVICES) {
			Map<String, String> environment = new HashMap<>(shared);
			environment.put("POSTGRES_DB",
					infrastructure.postgres().createDatabase("sys_" + service.replace('-', '_')));
			environment.putAll(ServiceSettings.of(service, odoo, ports));
			system.services.put(service, new ServiceNode(service, Repository.runnableJar(service), ports.get(service),
					environment, logs.resolve(service + ".log")));
		}
		// core-service first: the others read its public keys at start-up
		system.core().start();
		system.core().awaitReady(Duration.ofMinutes(3));
		List<ServiceNode> others = List.of(system.odooSync(), system.notifications(), system.scheduler());
		others.forEach(ServiceNode::start);
		others.forEach((node) -> node.awaitReady(Duration.ofMinutes(3)));
		return system;
	}

	private Map<String, String> sharedEnvironment(String token) {
		PostgresServer postgres = this.infrastructure.postgres();
		Map<String, String> environment = new HashMap<>();
		environment.put("KAFKA_BOOTSTRAP_SERVERS", this.infrastructure.kafka().bootstrapServers());
		environment.put("HARMONY_TOPIC_SUFFIX", this.topicSuffix);
		environment.put("POSTGRES_HOST", postgres.host());
		environment.put("POSTGRES_PORT", Integer.toString(postgres.port()));
		environment.put("POSTGRES_USER", postgres.username());
		environment.put("POSTGRES_PASSWORD", postgres.password());
		environment.put("REDIS_URL", this.infrastructure.redis().uri());
		environment.put("HARMONY_REDIS_KEY_PREFIX", "sys" + token + ":");
		environment.put("HARMONY_ADMIN_USERNAME", ADMIN_USERNAME);
		environment.put("HARMONY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		environment.put("HARMONY_JWT_ISSUER", "genius-harmony");
		// the tests sign in once per class and do not refresh: their tokens outlive any
		// class
		environment.put("HARMONY_JWT_TTL", "2h");
		// one signing key across core-service restarts, so that tokens outlive them
		environment.put("HARMONY_JWT_PRIVATE_KEY", SigningKey.generatePem());
		environment.put("LOG_FORMAT", "");
		return environment;
	}

	public ServiceNode core() {
		return service("core-service");
	}

	public ServiceNode odooSync() {
		return service("odoo-sync-service");
	}

	public ServiceNode notifications() {
		return service("notification-service");
	}

	public ServiceNode scheduler() {
		return service("scheduler-service");
	}

	/**
	 * The Odoo emulator the sync writes to.
	 * @return the emulator
	 */
	public OdooEmulator odoo() {
		return this.odoo;
	}

	/**
	 * Kills services at once (SIGKILL), as a crash of their machine would, then starts
	 * them again together and waits until each is ready.
	 * @param nodes the services
	 */
	public void killAndRestart(ServiceNode... nodes) {
		List<ServiceNode> killed = List.of(nodes);
		killed.forEach(ServiceNode::kill);
		killed.forEach(ServiceNode::start);
		killed.forEach((node) -> node.awaitReady(Duration.ofMinutes(3)));
	}

	/**
	 * What Odoo holds of the synced entities.
	 * @return the view
	 */
	public OdooView odooView() {
		return this.odooView;
	}

	/**
	 * Kafka, PostgreSQL and Redis, which tests may stop, kill and start again.
	 * @return the servers
	 */
	public Infrastructure infrastructure() {
		return this.infrastructure;
	}

	/**
	 * The port the example inbox page is served on by its browser test: the services
	 * allow that origin.
	 * @return the port on 127.0.0.1
	 */
	public int inboxPort() {
		return this.inboxPort;
	}

	/**
	 * The topic names' suffix of this run ({@code HARMONY_TOPIC_SUFFIX}).
	 * @return the suffix
	 */
	public String topicSuffix() {
		return this.topicSuffix;
	}

	private ServiceNode service(String name) {
		return this.services.get(name);
	}

	private void stop() {
		List<ServiceNode> reversed = new ArrayList<>(this.services.values());
		Collections.reverse(reversed);
		reversed.forEach(ServiceNode::stop);
		this.odoo.stop();
	}

	/** A run's logs start empty: the services append, and a log mixing runs misleads. */
	private static void createEmptyDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
			try (var logs = Files.list(directory)) {
				for (Path log : logs.toList()) {
					Files.delete(log);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
