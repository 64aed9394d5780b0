package com.geniusharmony.infra.spring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.kafka.KafkaServer;
import com.geniusharmony.infra.postgres.PostgresServer;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.infra.server.Source;
import com.geniusharmony.infra.spring.RealInfrastructure.Component;

/**
 * What one test context gets of the shared servers: a database of its own, a topic suffix
 * and a Redis key prefix no other context uses, and the properties naming them.
 * {@link #release()} drops the database and deletes the keys, and, where the broker
 * outlives the JVM, the topics whose names contain the suffix (so that
 * {@code tasks-t1a2b3c-dlt} goes as well as {@code tasks-t1a2b3c}).
 */
final class ContextResources {

	static final String TOPIC_SUFFIX = "HARMONY_TOPIC_SUFFIX";

	static final String REDIS_KEY_PREFIX = "HARMONY_REDIS_KEY_PREFIX";

	static final String DATABASE = "POSTGRES_DB";

	private final Servers servers;

	private final Set<Component> components;

	private final String token;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	private @Nullable String database;

	private ContextResources(Servers servers, Set<Component> components) {
		this.servers = servers;
		this.components = components;
		this.token = "t" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 32);
	}

	static ContextResources create(Servers servers, Set<Component> components) {
		ContextResources resources = new ContextResources(servers, components);
		resources.startServers();
		resources.describe();
		return resources;
	}

	Map<String, Object> properties() {
		return this.properties;
	}

	/**
	 * Starts the servers in parallel, since each of them takes seconds on first use.
	 */
	private void startServers() {
		CompletableFuture.allOf(this.components.stream().map((component) -> CompletableFuture.runAsync(() -> {
			switch (component) {
				case KAFKA -> this.servers.kafka().get();
				case POSTGRES -> this.servers.postgres().get();
				case REDIS -> this.servers.redis().get();
			}
		})).toArray(CompletableFuture[]::new)).join();
	}

	private void describe() {
		if (this.components.contains(Component.KAFKA)) {
			this.properties.put("KAFKA_BOOTSTRAP_SERVERS", this.servers.kafka().get().bootstrapServers());
			this.properties.put(TOPIC_SUFFIX, "-" + this.token);
		}
		if (this.components.contains(Component.POSTGRES)) {
			PostgresServer postgres = this.servers.postgres().get();
			this.database = postgres.createDatabase("test_" + this.token);
			this.properties.put("POSTGRES_HOST", postgres.host());
			this.properties.put("POSTGRES_PORT", String.valueOf(postgres.port()));
			this.properties.put("POSTGRES_USER", postgres.username());
			this.properties.put("POSTGRES_PASSWORD", postgres.password());
			this.properties.put(DATABASE, this.database);
		}
		if (this.components.contains(Component.REDIS)) {
			this.properties.put("REDIS_URL", this.servers.redis().get().uri());
			this.properties.put(REDIS_KEY_PREFIX, this.token + ":");
		}
	}

	void release() {
		if (this.database != null) {
			this.servers.postgres().get().dropDatabase(this.database);
		}
		if (this.components.contains(Component.REDIS)) {
			deleteKeys(this.servers.redis().get().uri(), this.token + ":");
		}
		if (this.components.contains(Component.KAFKA) && this.servers.kafka().get().source() == Source.ENVIRONMENT) {
			deleteTopics(this.servers.kafka().get().bootstrapServers(), "-" + this.token);
		}
	}

	private static void deleteKeys(String uri, String prefix) {
		RedisClient client = RedisClient.create(uri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			RedisCommands<String, String> redis = connection.sync();
			ScanArgs matching = ScanArgs.Builder.matches(prefix + "*").limit(500);
			ScanCursor cursor = ScanCursor.INITIAL;
			do {
				KeyScanCursor<String> page = redis.scan(cursor, matching);
				if (!page.getKeys().isEmpty()) {
					redis.unlink(page.getKeys().toArray(String[]::new));
				}
				cursor = page;
			}
			while (!cursor.isFinished());
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

	private static void deleteTopics(String bootstrapServers, String suffix) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			List<String> topics = admin.listTopics()
				.names()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.filter((topic) -> topic.contains(suffix))
				.toList();
			if (!topics.isEmpty()) {
				admin.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not delete the topics named *" + suffix + "*: " + ex.getMessage(),
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Where the servers come from, each started on first use.
	 */
	record Servers(Supplier<KafkaServer> kafka, Supplier<PostgresServer> postgres, Supplier<RedisServer> redis) {

		static Servers of(Infrastructure infrastructure) {
			return new Servers(infrastructure::kafka, infrastructure::postgres, infrastructure::redis);
		}

	}

}
