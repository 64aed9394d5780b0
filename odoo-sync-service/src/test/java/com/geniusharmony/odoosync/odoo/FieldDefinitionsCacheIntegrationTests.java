package com.geniusharmony.odoosync.odoo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Field definitions cached in a real Redis: read from Odoo once, then from Redis (by any
 * instance) until the TTL expires.
 */
class FieldDefinitionsCacheIntegrationTests extends OdooEmulatorTestBase {

	private static LettuceConnectionFactory connections;

	private static ReactiveStringRedisTemplate redis;

	private final RedisKeys keys = new RedisKeys("fields-test-" + UUID.randomUUID() + ":");

	@BeforeAll
	static void connectToRedis() {
		RedisServer server = Infrastructure.shared().redis();
		connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(server.host(), server.port()));
		connections.afterPropertiesSet();
		connections.start();
		redis = new ReactiveStringRedisTemplate(connections);
	}

	@AfterAll
	static void disconnectFromRedis() {
		connections.destroy();
	}

	@AfterEach
	void deleteKeys() {
		redis.keys(this.keys.key("*")).flatMap(redis::delete).blockLast(Duration.ofSeconds(5));
	}

	@Test
	void aSecondReadByAnyInstanceSendsNoRequest() {
		OdooClient first = cache(Duration.ofMinutes(5));
		OdooClient second = cache(Duration.ofMinutes(5));
		StepVerifier.create(first.fieldsGet("project.task"))
			.assertNext((fields) -> assertThat(fields.get("date_deadline").type()).isEqualTo("datetime"))
			.verifyComplete();
		StepVerifier.create(second.fieldsGet("project.task")).assertNext((fields) -> {
			assertThat(fields.get("date_deadline").type()).isEqualTo("datetime");
			assertThat(fields.get("project_id").relation()).isEqualTo("project.project");
			assertThat(fields.get("name").required()).isTrue();
		}).verifyComplete();
		assertThat(odoo.requestCounts().calls("project.task", "fields_get")).isEqualTo(1);
		assertThat(redis.getExpire(this.keys.key("odoo:fields:v2:127.0.0.1:harmony:project.task"))
			.block(Duration.ofSeconds(5))).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aWarmUpAfterAnotherInstancesLogsInAndReadsTheDefinitionsFromTheCache() {
		OdooProperties settings = settings(Duration.ofMinutes(5));
		new OdooWarmUp(cache(Duration.ofMinutes(5)), settings).warmUp().block(Duration.ofSeconds(30));
		new OdooWarmUp(cache(Duration.ofMinutes(5)), settings).warmUp().block(Duration.ofSeconds(30));
		assertThat(odoo.requestCounts().calls("common", "login")).isEqualTo(2);
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.project", "fields_get")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("project.task", "fields_get")).isEqualTo(1);
	}

	@Test
	void readsFromOdooAgainOnceTheEntryExpired() {
		OdooClient client = cache(Duration.ofSeconds(1));
		StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
		String key = this.keys.key("odoo:fields:v2:127.0.0.1:harmony:res.partner");
		await().atMost(Duration.ofSeconds(10)).until(() -> !redis.hasKey(key).block(Duration.ofSeconds(5)));
		StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(2);
	}

	@Test
	void withoutRedisReadsFromOdoo() {
		LettuceConnectionFactory nowhere = unreachableRedis();
		try {
			OdooClient client = new FieldDefinitionsCache(protocolClient(), new ReactiveStringRedisTemplate(nowhere),
					availability(), this.keys, settings(Duration.ofMinutes(5)));
			StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
			assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(1);
		}
		finally {
			nowhere.destroy();
		}
	}

	@Test
	void afterRedisFailedLeavesItAloneForAWhileThenTriesAgain() {
		LettuceConnectionFactory nowhere = unreachableRedis();
		try {
			AtomicInteger redisSteps = new AtomicInteger();
			AtomicLong now = new AtomicLong();
			RedisAvailability availability = new RedisAvailability(Duration.ofSeconds(5), now::get);
			OdooClient client = new FieldDefinitionsCache(protocolClient(),
					new ReactiveStringRedisTemplate(counting(nowhere, redisSteps)), availability, this.keys,
					settings(Duration.ofMinutes(5)));

			// the read fails; the write of Odoo's answer, and the next read, skip Redis
			StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
			StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
			assertThat(redisSteps).hasValue(1);
			assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(2);

			now.addAndGet(Duration.ofSeconds(5).toNanos());
			StepVerifier.create(client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
			assertThat(redisSteps).hasValue(2);
		}
		finally {
			nowhere.destroy();
		}
	}

	/** The same connections, counting every step a template takes with them. */
	private static ReactiveRedisConnectionFactory counting(ReactiveRedisConnectionFactory connections,
			AtomicInteger steps) {
		return (ReactiveRedisConnectionFactory) Proxy.newProxyInstance(
				FieldDefinitionsCacheIntegrationTests.class.getClassLoader(),
				new Class<?>[] { ReactiveRedisConnectionFactory.class }, (proxy, method, arguments) -> {
					if (method.getName().equals("getReactiveConnection")) {
						steps.incrementAndGet();
					}
					try {
						return method.invoke(connections, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Connections to a port where no Redis listens: every step fails at once. */
	private static LettuceConnectionFactory unreachableRedis() {
		LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
				new RedisStandaloneConfiguration("127.0.0.1", 1));
		nowhere.afterPropertiesSet();
		nowhere.start();
		return nowhere;
	}

	private static RedisAvailability availability() {
		return new RedisAvailability(Duration.ofSeconds(5), System::nanoTime);
	}

	private OdooClient cache(Duration ttl) {
		return new FieldDefinitionsCache(protocolClient(), redis, availability(), this.keys, settings(ttl));
	}

	private static OdooProtocolClient protocolClient() {
		return TestOdoo.client(TestOdoo.settings(odoo, OdooProtocol.JSONRPC), new CountingBudget(),
				new SimpleMeterRegistry());
	}

	private static OdooProperties settings(Duration ttl) {
		return TestOdoo.withCacheTtl(TestOdoo.settings(odoo, OdooProtocol.JSONRPC), ttl);
	}

}
