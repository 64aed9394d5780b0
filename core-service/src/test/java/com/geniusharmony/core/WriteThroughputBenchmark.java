package com.geniusharmony.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.support.testing.QueryLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

import static org.awaitility.Awaitility.await;

/**
 * Load driver, not a test ({@code ./mvnw -pl core-service -Pbench verify}): sustained
 * task updates through the API on 127.0.0.1, the outbox's commit-to-acknowledgement
 * latency, and a raw idempotent producer on the same broker in the same run. Bounded in
 * requests and time; writes its table to {@code target/benchmark.md}.
 */
@TestPropertySource(properties = QueryLog.ENABLED + "=false")
class WriteThroughputBenchmark extends CoreIntegrationTest {

	private static final int TASKS = 64;

	private static final int WARMUP = 500;

	private static final int REQUESTS = Integer.getInteger("bench.requests", 4000);

	private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private DatabaseClient database;

	@LocalServerPort
	private int port;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Test
	void measure() throws Exception {
		NewUser owner = this.api.user("bench");
		String project = this.api.project(owner, List.of());
		List<String> tasks = new ArrayList<>();
		for (int i = 0; i < TASKS; i++) {
			tasks.add(this.api.task(owner.token(), project, List.of()));
		}
		WebClient client = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(owner.token()))
			.build();
		updates(client, tasks, WARMUP, "warm-up");
		awaitOutboxEmpty();

		CountAtBucket[] before = relayLatency().takeSnapshot().histogramCounts();
		long[] apiLatencies = new long[REQUESTS];
		long started = System.nanoTime();
		long written = updates(client, tasks, REQUESTS, "run", apiLatencies);
		double seconds = (System.nanoTime() - started) / 1e9;
		awaitOutboxEmpty();
		double publishedSeconds = (System.nanoTime() - started) / 1e9;
		CountAtBucket[] after = relayLatency().takeSnapshot().histogramCounts();

		long[] rawLatencies = new long[REQUESTS];
		double rawSeconds = rawProducer(rawLatencies);

		Arrays.sort(apiLatencies);
		Arrays.sort(rawLatencies);
		String table = String.format("""
				| measure | value |
				|---|---|
				| API writes (PATCH /api/tasks/{id}, %d tasks, concurrency %d) | %d in %.1f s = **%.0f writes/s** |
				| API latency p50 / p99 (client side) | %.1f ms / %.1f ms |
				| all their events acknowledged by Kafka after | %.1f s (%.0f events/s) |
				| outbox commit → Kafka ack p50 / p99 | **%.1f ms / %.1f ms** |
				| raw KafkaProducer (same config, same broker, %d records) | %.0f records/s |
				| raw KafkaProducer send → ack p50 / p99 | %.1f ms / %.1f ms |
				""", TASKS, CONCURRENCY, written, seconds, written / seconds, millis(apiLatencies, 0.5),
				millis(apiLatencies, 0.99), publishedSeconds, written / publishedSeconds,
				percentile(before, after, 0.5), percentile(before, after, 0.99), REQUESTS, REQUESTS / rawSeconds,
				millis(rawLatencies, 0.5), millis(rawLatencies, 0.99));
		System.out.println(table);
		Files.writeString(Path.of("target", "benchmark.md"), table);
	}

	private long updates(WebClient client, List<String> tasks, int count, String label, long... latencies) {
		return Flux.range(0, count).flatMap((i) -> {
			long sent = System.nanoTime();
			return client.patch()
				.uri("/api/tasks/{id}", tasks.get(i % tasks.size()))
				.bodyValue(Map.of("title", label + " " + i))
				.retrieve()
				.toBodilessEntity()
				.doOnNext((response) -> {
					if (latencies.length > i) {
						latencies[i] = System.nanoTime() - sent;
					}
				});
		}, CONCURRENCY).count().block(Duration.ofMinutes(5));
	}

	private double rawProducer(long[] latencies) throws InterruptedException {
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
		byte[] value = new byte[450];
		Arrays.fill(value, (byte) 'x');
		CountDownLatch acknowledged = new CountDownLatch(latencies.length);
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
				new ByteArraySerializer())) {
			producer.partitionsFor("harmony.bench-raw");
			long started = System.nanoTime();
			for (int i = 0; i < latencies.length; i++) {
				int index = i;
				long sent = System.nanoTime();
				producer.send(new ProducerRecord<>("harmony.bench-raw", Integer.toString(i % TASKS), value),
						(metadata, ex) -> {
							latencies[index] = System.nanoTime() - sent;
							acknowledged.countDown();
						});
			}
			acknowledged.await(2, TimeUnit.MINUTES);
			return (System.nanoTime() - started) / 1e9;
		}
	}

	private Timer relayLatency() {
		return this.meters.get("harmony.outbox.publish.latency").timer();
	}

	private void awaitOutboxEmpty() {
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.database.sql("select count(*) from outbox")
				.map((row) -> row.get(0, Long.class))
				.one()
				.block() == 0);
	}

	private static double millis(long[] sortedNanos, double quantile) {
		return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1)] / 1e6;
	}

	/**
	 * The upper bound of the histogram bucket holding the quantile of what was recorded
	 * between two snapshots.
	 */
	private static double percentile(CountAtBucket[] before, CountAtBucket[] after, double quantile) {
		double total = after[after.length - 1].count() - before[before.length - 1].count();
		for (int i = 0; i < after.length; i++) {
			if (after[i].count() - before[i].count() >= quantile * total) {
				return after[i].bucket(TimeUnit.MILLISECONDS);
			}
		}
		return Double.NaN;
	}

}
