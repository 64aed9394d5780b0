package com.geniusharmony.infra.redis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.server.Directories;
import com.geniusharmony.infra.server.Ports;

import static org.assertj.core.api.Assertions.assertThat;

class RedisServerIntegrationTests {

	private final Path directory = Directories.temporaryForThisProcess("harmony-infra-test-");

	@AfterEach
	void deleteDirectory() {
		Directories.delete(this.directory);
	}

	@Test
	void setsAndGetsValues() {
		RedisServer redis = Infrastructure.shared().redis();
		assertThat(redis.uri()).isEqualTo("redis://" + redis.host() + ":" + redis.port());
		String value = call(redis.uri(), (commands) -> {
			commands.set("redis-test:greeting", "hello");
			return commands.get("redis-test:greeting");
		});
		assertThat(value).isEqualTo("hello");
		call(redis.uri(), (commands) -> commands.del("redis-test:greeting"));
	}

	@Test
	void restartAnswersOnSamePortWithoutKeepingData() {
		try (RedisServer redis = RedisServer.embedded(this.directory, Ports.free(), false)) {
			call(redis.uri(), (commands) -> commands.set("kept", "no"));
			String uri = redis.uri();
			redis.stop();
			assertThat(Ports.answers(redis.host(), redis.port(), Duration.ofSeconds(1))).isFalse();
			redis.start();
			assertThat(redis.uri()).isEqualTo(uri);
			Long remaining = call(uri, (commands) -> commands.exists("kept"));
			assertThat(remaining).isZero();
		}
	}

	@Test
	void persistentServerKeepsDataAcrossRestart() {
		try (RedisServer redis = RedisServer.embedded(this.directory, Ports.free(), true)) {
			call(redis.uri(), (commands) -> commands.set("kept", "yes"));
			redis.stop();
			redis.start();
			String kept = call(redis.uri(), (commands) -> commands.get("kept"));
			assertThat(kept).isEqualTo("yes");
		}
	}

	@Test
	void closeEndsServerProcess() {
		RedisServer redis = RedisServer.embedded(this.directory, Ports.free(), false);
		redis.close();
		assertThat(Ports.answers(redis.host(), redis.port(), Duration.ofSeconds(1))).isFalse();
	}

	private static <T> T call(String uri, Function<RedisCommands<String, String>, T> action) {
		RedisClient client = RedisClient.create(uri);
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			return action.apply(connection.sync());
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
	}

}
