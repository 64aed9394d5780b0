package com.geniusharmony.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Docker;
import com.geniusharmony.infra.server.Ports;

/**
 * Real Kafka, PostgreSQL and Redis for tests, one set per JVM: each is taken from the
 * environment variables, else from Testcontainers where a Docker engine answers, else
 * started by this module, on first use; whatever was started ends when the JVM does.
 */
public final class Infrastructure {

	private static final Logger logger = LoggerFactory.getLogger(Infrastructure.class);

	private final Map<String, String> environment;

	private final Lazy<Boolean> docker;

	private final Lazy<Path> directory;

	private final Lazy<KafkaServer> kafka;

	private final Lazy<PostgresServer> postgres;

	private final Lazy<RedisServer> redis;

	private final List<Runnable> exitActions = new CopyOnWriteArrayList<>();

	Infrastructure(Map<String, String> environment) {
		this(environment, true);
	}

	private Infrastructure(Map<String, String> environment, boolean containersAllowed) {
		this.environment = Map.copyOf(environment);
		this.docker = new Lazy<>(() -> containersAllowed && probeDocker());
		this.directory = new Lazy<>(() -> Directories.temporaryForThisProcess("harmony-infra-"));
		this.kafka = new Lazy<>(() -> select("Kafka", KafkaServer.fromEnvironment(this.environment).orElse(null),
				KafkaServer::container,
				(directory) -> KafkaServer.embedded(directory.resolve("kafka"), Ports.free(), Ports.free())));
		this.postgres = new Lazy<>(() -> select("PostgreSQL",
				PostgresServer.fromEnvironment(this.environment).orElse(null), PostgresServer::container,
				(directory) -> PostgresServer.embedded(directory.resolve("postgres"), Ports.free())));
		this.redis = new Lazy<>(() -> select("Redis", RedisServer.fromEnvironment(this.environment).orElse(null),
				RedisServer::container,
				(directory) -> RedisServer.embedded(directory.resolve("redis"), Ports.free(), false)));
	}

	/**
	 * The one instance of this JVM, reading the process environment; its servers are
	 * stopped by a shutdown hook.
	 * @return the shared instance
	 */
	public static Infrastructure shared() {
		return Shared.INSTANCE;
	}

	/**
	 * The one instance of this JVM whose servers are all embedded, whatever the
	 * environment names: for tests that stop, kill and restart them. Its servers are
	 * stopped by a shutdown hook.
	 * @return the instance with servers of its own
	 */
	public static Infrastructure ownServers() {
		return OwnServers.INSTANCE;
	}

	/**
	 * The Kafka broker, chosen and started on first use.
	 * @return the broker
	 */
	public KafkaServer kafka() {
		return this.kafka.get();
	}

	/**
	 * The PostgreSQL server, chosen and started on first use.
	 * @return the server
	 */
	public PostgresServer postgres() {
		return this.postgres.get();
	}

	/**
	 * The Redis server, chosen and started on first use.
	 * @return the server
	 */
	public RedisServer redis() {
		return this.redis.get();
	}

	/**
	 * Registers an action that runs when the JVM ends, before the servers stop: the place
	 * to drop what a test created on servers that outlive the JVM.
	 * @param action the action
	 */
	public void atExit(Runnable action) {
		this.exitActions.add(action);
	}

	/**
	 * Runs the exit actions, then ends every server this instance started, in parallel,
	 * and deletes their directories.
	 */
	void stop() {
		for (Runnable action : this.exitActions) {
			try {
				action.run();
			}
			catch (RuntimeException ex) {
				logger.warn("Clean-up at exit failed: {}", ex.getMessage(), ex);
			}
		}
		CompletableFuture.allOf(closeAsync(this.kafka), closeAsync(this.postgres), closeAsync(this.redis)).join();
		this.directory.ifPresent((directory) -> {
			try {
				Directories.delete(directory);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not delete {}: {}", directory, ex.getMessage());
			}
		});
	}

	private static CompletableFuture<Void> closeAsync(Lazy<? extends AutoCloseable> server) {
		return CompletableFuture.runAsync(() -> server.ifPresent((value) -> {
			try {
				value.close();
			}
			catch (Exception ex) {
				logger.warn("Could not stop {}: {}", value, ex.getMessage(), ex);
			}
		}));
	}

	private <T> T select(String name, @Nullable T fromEnvironment, Supplier<T> container, Function<Path, T> embedded) {
		if (fromEnvironment != null) {
			logger.info("Using {} from the environment: {}", name, fromEnvironment);
			return fromEnvironment;
		}
		if (this.docker.get()) {
			try {
				return container.get();
			}
			catch (RuntimeException ex) {
				logger.warn("Docker answers but the {} container did not start ({}); starting the embedded server",
						name, ex.getMessage());
			}
		}
		return embedded.apply(this.directory.get());
	}

	private boolean probeDocker() {
		long started = System.nanoTime();
		boolean answers = Docker.answers(this.environment);
		logger.info("Docker engine {} (checked in {} ms)", answers ? "answers: using Testcontainers" : "absent",
				(System.nanoTime() - started) / 1_000_000);
		return answers;
	}

	/**
	 * A value made on first use, once, by the thread that asks first.
	 */
	private static final class Lazy<T> {

		private final Supplier<T> supplier;

		private @Nullable T value;

		Lazy(Supplier<T> supplier) {
			this.supplier = supplier;
		}

		synchronized T get() {
			if (this.value == null) {
				this.value = this.supplier.get();
			}
			return this.value;
		}

		synchronized void ifPresent(Consumer<T> action) {
			if (this.value != null) {
				action.accept(this.value);
			}
		}

	}

	private static Infrastructure stoppedAtExit(Infrastructure infrastructure) {
		Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::stop, "harmony-infra-stop"));
		return infrastructure;
	}

	private static final class Shared {

		static final Infrastructure INSTANCE = stoppedAtExit(new Infrastructure(System.getenv()));

	}

	private static final class OwnServers {

		static final Infrastructure INSTANCE = stoppedAtExit(new Infrastructure(Map.of(), false));

	}

}
