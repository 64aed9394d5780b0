package com.geniusharmony.odoosync.budget;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.redis.RedisServer;
import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared budget over a real Redis: several instances (budgets built on the same keys)
 * stay under it together, a refusal pauses all of them, and without Redis each keeps to
 * its share.
 */
class RedisOdooRequestBudgetIntegrationTests {

	private static LettuceConnectionFactory connections;

	private static ReactiveStringRedisTemplate redis;

	private final RedisKeys keys = new RedisKeys("budget-test-" + UUID.randomUUID() + ":");

	@BeforeAll
	static void connect() {
		RedisServer server = Infrastructure.shared().redis();
		connections = connect(server.host(), server.port());
		redis = new ReactiveStringRedisTemplate(connections);
	}

	@AfterAll
	static void disconnect() {
		connections.destroy();
	}

	@AfterEach
	void deleteKeys() {
		redis.keys(this.keys.key("*")).flatMap(redis::delete).blockLast(Duration.ofSeconds(5));
	}

	@Test
	void threeInstancesTogetherNeverTakeMoreThanTheBudgetInAnySecond() {
		OdooBudgetProperties properties = LocalBucketTests.properties(20, 1, 0.1, 3);
		List<OdooRequestBudget> instances = List.of(budget(properties, redis), budget(properties, redis),
				budget(properties, redis));
		List<Long> permitTimes = Collections.synchronizedList(new ArrayList<>());

		Flux.range(0, 45)
			.flatMap((i) -> instances.get(i % 3).acquire().doOnNext((waited) -> permitTimes.add(System.nanoTime())))
			.blockLast(Duration.ofSeconds(30));

		assertThat(permitTimes).hasSize(45);
		assertThat(mostInAnySecond(permitTimes)).isLessThanOrEqualTo(20);
	}

	@Test
	void reportsTheSlotsEveryInstanceReservedDuringTheLastFullMinute() {
		OdooBudgetProperties properties = LocalBucketTests.properties(50, 1, 0.1, 3);
		List<OdooRequestBudget> instances = List.of(budget(properties, redis), budget(properties, redis));
		long minute = redisMinute();
		Flux.range(0, 6).flatMap((i) -> instances.get(i % 2).acquire(1 + i % 2)).blockLast(Duration.ofSeconds(10));
		// what the minutes hold: the nine slots in the one they were reserved in
		Map<String, String> perMinute = redis.<String, String>opsForHash()
			.entries(this.keys.key("budget:reserved-per-minute"))
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block(Duration.ofSeconds(5));
		assertThat(perMinute.values().stream().mapToLong(Long::parseLong).sum()).isEqualTo(9);
		assertThat(perMinute.keySet())
			.allSatisfy((key) -> assertThat(Long.parseLong(key)).isBetween(minute, minute + 1));
		// the rate reported: the last full minute's slots, per second (asked again if the
		// minute turned meanwhile)
		BudgetUse use;
		long before;
		do {
			before = redisMinute();
			redis.opsForHash()
				.put(this.keys.key("budget:reserved-per-minute"), Long.toString(before - 1), "120")
				.block(Duration.ofSeconds(5));
			use = instances.get(0).use().block(Duration.ofSeconds(5));
		}
		while (redisMinute() != before);
		assertThat(use.requestsPerSecond()).isEqualTo(50);
		assertThat(use.usedPerSecond()).isEqualTo(2.0);
	}

	@Test
	void refusesAPermitAtTheWireOnceItsRequestWouldBeWrittenLate() {
		MeterRegistry registry = new SimpleMeterRegistry();
		AtomicLong now = new AtomicLong(System.nanoTime());
		OdooBudgetProperties properties = LocalBucketTests.properties(10, 1, 0.1, 3);
		OdooRequestBudget budget = new RedisOdooRequestBudget(new SharedBucket(redis, properties, this.keys),
				new LocalBucket(properties, now::get), properties, registry,
				new RedisAvailability(Duration.ofSeconds(5), System::nanoTime), now::get);

		Permit permit = budget.acquire(1).block(Duration.ofSeconds(5));
		now.addAndGet(properties.latenessTolerance().toNanos());
		boolean onTime = budget.onWire(permit);
		now.incrementAndGet();
		boolean late = budget.onWire(permit);

		assertThat(onTime).isTrue();
		assertThat(late).isFalse();
		assertThat(registry.get("harmony.odoo.budget.late.slots").counter().count()).isEqualTo(1);
		assertThat(registry.get("harmony.odoo.budget.permit.to.write").timer().count()).isEqualTo(2);
	}

	@Test
	void aWiderPermitMayBeWrittenLaterInItsSlotsAndHoldsThemAlone() {
		AtomicLong now = new AtomicLong(System.nanoTime());
		OdooBudgetProperties properties = LocalBucketTests.properties(10, 1, 0.1, 3);
		OdooRequestBudget budget = new RedisOdooRequestBudget(new SharedBucket(redis, properties, this.keys),
				new LocalBucket(properties, now::get), properties, new SimpleMeterRegistry(),
				new RedisAvailability(Duration.ofSeconds(5), System::nanoTime), now::get);
		long interval = properties.sharedInterval().toNanos() / 1000;

		budget.acquire(1).block(Duration.ofSeconds(5));
		long afterOne = theoreticalArrival();
		Permit wide = budget.acquire(3).block(Duration.ofSeconds(5));
		long afterWide = theoreticalArrival();
		now.addAndGet(properties.sharedInterval().multipliedBy(2).plus(properties.latenessTolerance()).toNanos());

		assertThat(wide.slots()).isEqualTo(3);
		assertThat(budget.onWire(wide)).isTrue();
		// the next slot of any instance begins after the three of the wide permit
		assertThat(afterWide - afterOne).isGreaterThanOrEqualTo(3 * interval);
	}

	private long theoreticalArrival() {
		return Long.parseLong(redis.opsForValue().get(this.keys.key("budget:bucket")).block(Duration.ofSeconds(5)));
	}

	@Test
	void aRefusalPausesEveryInstanceForTheRetryAfterTheServerGave() {
		OdooBudgetProperties properties = LocalBucketTests.properties(20, 1, 0, 3);
		OdooRequestBudget refused = budget(properties, redis);
		OdooRequestBudget other = budget(properties, redis);
		long start = System.nanoTime();

		Duration pause = refused.pauseAfterRefusal(Duration.ofMillis(700)).block(Duration.ofSeconds(5));
		other.acquire().block(Duration.ofSeconds(10));

		assertThat(pause).isEqualTo(Duration.ofMillis(700));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
	}

	@Test
	void refusalsWithoutRetryAfterPauseLongerEachTimeUntilARequestGoesThrough() {
		OdooRequestBudget budget = budget(LocalBucketTests.properties(20, 1, 0, 3), redis);

		List<Duration> pauses = Flux.range(0, 4)
			.concatMap((i) -> budget.pauseAfterRefusal(null))
			.collectList()
			.block(Duration.ofSeconds(5));
		boolean countedBeforeSuccess = redis.hasKey(this.keys.key("budget:refusals")).block(Duration.ofSeconds(5));
		budget.recordSuccess().block(Duration.ofSeconds(5));

		assertThat(pauses).hasSize(4);
		assertThat(pauses.get(0)).isEqualTo(Duration.ofMillis(100));
		assertThat(pauses.get(1)).isBetween(Duration.ofMillis(150), Duration.ofMillis(200));
		assertThat(pauses.get(2)).isBetween(Duration.ofMillis(350), Duration.ofMillis(400));
		assertThat(pauses.get(3)).isBetween(Duration.ofMillis(350), Duration.ofMillis(400));
		assertThat(countedBeforeSuccess).isTrue();
		assertThat(redis.hasKey(this.keys.key("budget:refusals")).block(Duration.ofSeconds(5))).isFalse();
	}

	@Test
	void aShorterRetryAfterNeverShortensARunningPause() {
		OdooRequestBudget budget = budget(LocalBucketTests.properties(20, 1, 0, 3), redis);

		budget.pauseAfterRefusal(Duration.ofSeconds(30)).block(Duration.ofSeconds(5));
		Duration second = budget.pauseAfterRefusal(Duration.ofSeconds(1)).block(Duration.ofSeconds(5));

		assertThat(second).isGreaterThan(Duration.ofSeconds(29));
	}

	@Test
	void withoutRedisEachInstanceKeepsToItsShareAndSaysSo() {
		OdooBudgetProperties properties = LocalBucketTests.properties(20, 1, 0, 4);
		LettuceConnectionFactory nowhere = connect("127.0.0.1", 1);
		try {
			MeterRegistry registry = new SimpleMeterRegistry();
			OdooRequestBudget budget = budget(properties, new ReactiveStringRedisTemplate(nowhere), registry);
			long start = System.nanoTime();

			Flux.range(0, 3).concatMap((i) -> budget.acquire()).blockLast(Duration.ofSeconds(10));

			// 20/s shared by at most 4 instances: 200 ms between two requests of this one
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
			assertThat(registry.get("harmony.odoo.budget.fallback").gauge().value()).isEqualTo(1);
			assertThat(registry.get("harmony.odoo.budget.wait").tag("mode", "local").timer().count()).isEqualTo(3);
		}
		finally {
			nowhere.destroy();
		}
	}

	@Test
	void aRedisFailureSeenByACacheMovesTheBudgetToItsShareToo() {
		RedisAvailability availability = new RedisAvailability(Duration.ofSeconds(5), System::nanoTime);
		MeterRegistry registry = new SimpleMeterRegistry();
		OdooRequestBudget budget = budget(LocalBucketTests.properties(20, 1, 0, 4), redis, registry, availability);

		availability.failed(new IllegalStateException("a cache's read timed out"));
		budget.acquire().block(Duration.ofSeconds(5));

		assertThat(registry.get("harmony.odoo.budget.fallback").gauge().value()).isEqualTo(1);
		assertThat(registry.get("harmony.odoo.budget.wait").tag("mode", "local").timer().count()).isEqualTo(1);
		assertThat(redis.hasKey(this.keys.key("budget:bucket")).block(Duration.ofSeconds(5))).isFalse();
	}

	private OdooRequestBudget budget(OdooBudgetProperties properties, ReactiveStringRedisTemplate template) {
		return budget(properties, template, new SimpleMeterRegistry());
	}

	private OdooRequestBudget budget(OdooBudgetProperties properties, ReactiveStringRedisTemplate template,
			MeterRegistry registry) {
		return budget(properties, template, registry, new RedisAvailability(Duration.ofSeconds(5), System::nanoTime));
	}

	private OdooRequestBudget budget(OdooBudgetProperties properties, ReactiveStringRedisTemplate template,
			MeterRegistry registry, RedisAvailability availability) {
		return new BudgetConfiguration().odooRequestBudget(template, properties, this.keys, registry, availability);
	}

	private static long redisMinute() {
		Long millis = redis.execute((connection) -> connection.serverCommands().time())
			.single()
			.block(Duration.ofSeconds(5));
		return millis / 60_000;
	}

	private static int mostInAnySecond(List<Long> times) {
		List<Long> sorted = times.stream().sorted().toList();
		int most = 0;
		int first = 0;
		for (int last = 0; last < sorted.size(); last++) {
			while (sorted.get(last) - sorted.get(first) >= 1_000_000_000L) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	private static LettuceConnectionFactory connect(String host, int port) {
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(2))
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port),
				client);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

}
