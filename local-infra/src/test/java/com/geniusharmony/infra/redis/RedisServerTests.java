package com.geniusharmony.infra.redis;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.server.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RedisServerTests {

	@Test
	void keepsUrlAsGivenAndReadsHostAndPort() {
		RedisServer redis = RedisServer.fromEnvironment(Map.of("REDIS_URL", "rediss://:secret@cache.example:6380/2"))
			.orElseThrow();
		assertThat(redis.uri()).isEqualTo("rediss://:secret@cache.example:6380/2");
		assertThat(redis.host()).isEqualTo("cache.example");
		assertThat(redis.port()).isEqualTo(6380);
		assertThat(redis.source()).isEqualTo(Source.ENVIRONMENT);
		assertThat(redis.toString()).doesNotContain("secret");
	}

	@Test
	void defaultsToStandardPort() {
		assertThat(RedisServer.fromEnvironment(Map.of("REDIS_URL", "redis://cache.example")).orElseThrow().port())
			.isEqualTo(6379);
	}

	@Test
	void namesNoServerWithoutUrl() {
		assertThat(RedisServer.fromEnvironment(Map.of())).isEmpty();
	}

	@Test
	void cannotRestartServerNamedByEnvironment() {
		RedisServer redis = RedisServer.fromEnvironment(Map.of("REDIS_URL", "redis://cache.example")).orElseThrow();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(redis::start);
	}

}
