package com.geniusharmony.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.infra.server.Source;

/**
 * The servers of a local run: those the environment names, checked to answer, and the
 * others started on fixed ports with their data under {@code <state>/data}, kept across
 * restarts; plus the services' databases and the {@code infra.env} file naming the
 * endpoints.
 */
final class LocalStack implements AutoCloseable {

	static final List<String> DATABASES = List.of("harmony_core", "harmony_odoo_sync", "harmony_notification",
			"harmony_scheduler");

	private final KafkaServer kafka;

	private final PostgresServer postgres;

	private final RedisServer redis;

	private final Path environmentFile;

	private LocalStack(KafkaServer kafka, PostgresServer postgres, RedisServer redis, Path environmentFile) {
		this.kafka = kafka;
		this.postgres = postgres;
		this.redis = redis;
		this.environmentFile = environmentFile;
	}

	static LocalStack start(Path stateDirectory, Map<String, String> environment) {
		Path data = stateDirectory.toAbsolutePath().resolve("data");
		int kafkaPort = port(environment, "HARMONY_KAFKA_PORT", 19092);
		CompletableFuture<KafkaServer> kafka = async(() -> KafkaServer.fromEnvironment(environment)
			.orElseGet(() -> KafkaServer.embedded(data.resolve("kafka"), kafkaPort,
					port(environment, "HARMONY_KAFKA_CONTROLLER_PORT", kafkaPort + 1))));
		CompletableFuture<PostgresServer> postgres = async(() -> PostgresServer.fromEnvironment(environment)
			.orElseGet(() -> PostgresServer.embedded(data.resolve("postgres"),
					port(environment, "HARMONY_POSTGRES_PORT", 15432))));
		CompletableFuture<RedisServer> redis = async(() -> RedisServer.fromEnvironment(environment)
			.orElseGet(() -> RedisServer.embedded(data.resolve("redis"), port(environment, "HARMONY_REDIS_PORT", 16379),
					true)));
		try {
			CompletableFuture.allOf(kafka, postgres, redis).join();
			LocalStack stack = new LocalStack(kafka.join(), postgres.join(), redis.join(),
					stateDirectory.resolve("infra.env"));
			stack.prepare();
			return stack;
		}
		catch (RuntimeException ex) {
			RuntimeException failure = (ex instanceof CompletionException
					&& ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			closeStarted(failure, kafka, postgres, redis);
			throw failure;
		}
	}

	Map<String, String> variables() {
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("KAFKA_BOOTSTRAP_SERVERS", this.kafka.bootstrapServers());
		variables.put("POSTGRES_HOST", this.postgres.host());
		variables.put("POSTGRES_PORT", String.valueOf(this.postgres.port()));
		variables.put("POSTGRES_USER", this.postgres.username());
		variables.put("POSTGRES_PASSWORD", this.postgres.password());
		variables.put("REDIS_URL", this.redis.uri());
		return variables;
	}

	Path environmentFile() {
		return this.environmentFile;
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.environmentFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		CompletableFuture
			.allOf(CompletableFuture.runAsync(this.kafka::close), CompletableFuture.runAsync(this.postgres::close),
					CompletableFuture.runAsync(this.redis::close))
			.join();
	}

	private void prepare() {
		if (this.kafka.source() == Source.ENVIRONMENT) {
			awaitKafka(this.kafka.bootstrapServers());
		}
		if (this.redis.source() == Source.ENVIRONMENT) {
			pingRedis(this.redis.uri());
		}
		DATABASES.forEach(this.postgres::createDatabaseIfMissing);
		writeEnvironmentFile();
	}

	private void writeEnvironmentFile() {
		String content = variables().entrySet()
			.stream()
			.map((variable) -> variable.getKey() + "=" + variable.getValue() + "\n")
			.collect(Collectors.joining());
		try {
			Path temporary = this.environmentFile.resolveSibling("infra.env.tmp");
			Files.deleteIfExists(temporary);
			// it may hold the password of a server named by the environment
			Files.createFile(temporary,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, this.environmentFile, StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.environmentFile, ex);
		}
	}

	private static void awaitKafka(String bootstrapServers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(
					"Kafka at " + bootstrapServers + " (KAFKA_BOOTSTRAP_SERVERS) does not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for Kafka", ex);
		}
	}

	private static void pingRedis(String uri) {
		RedisClient client = RedisClient.create(uri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			connection.sync().ping();
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	private static int port(Map<String, String> environment, String variable, int fallback) {
		String value = environment.get(variable);
		try {
			return (value == null || value.isBlank()) ? fallback : Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(variable + " must be a port number, not " + value, ex);
		}
	}

	private static <T> CompletableFuture<T> async(Supplier<T> supplier) {
		return CompletableFuture.supplyAsync(supplier);
	}

	private static void closeStarted(RuntimeException failure, CompletableFuture<?>... servers) {
		for (CompletableFuture<?> server : servers) {
			if (!server.isCompletedExceptionally() && server.join() instanceof AutoCloseable started) {
				try {
					started.close();
				}
				catch (Exception ex) {
					failure.addSuppressed(ex);
				}
			}
		}
	}

}
