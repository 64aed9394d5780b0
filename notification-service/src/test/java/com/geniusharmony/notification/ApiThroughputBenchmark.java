package com.geniusharmony.notification;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Load driver, not a test ({@code ./mvnw -pl notification-service -Pbench verify}): the
 * unread count and the first page of the list under concurrent load over 127.0.0.1,
 * against a bare endpoint of the same server (same security filter chain and token check,
 * no database) in the same run. Closed loop: each of the concurrent clients sends its
 * next request as soon as the previous answer is in. Writes its table to
 * {@code target/benchmark-api.md}.
 */
@Import(ApiThroughputBenchmark.BareEndpoint.class)
class ApiThroughputBenchmark extends NotificationIntegrationTest {

	private static final int USERS = 500;

	private static final int PER_USER = 60;

	private static final int REQUESTS = Integer.getInteger("bench.requests", 6000);

	private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);

	@LocalServerPort
	private int port;

	@Autowired
	private DatabaseClient database;

	@Test
	void measure() throws Exception {
		seed();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			tokens.add(TestTokens.forUser("bench-user-" + i));
		}
		ConnectionProvider connections = ConnectionProvider.builder("bench").maxConnections(CONCURRENCY).build();
		WebClient client = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
			.build();
		List<String> paths = List.of("/bench/bare", "/api/notifications/unread-count/", "/api/notifications/");
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """
				| endpoint (%d users × %d notifications, concurrency %d, %d requests) | requests/s | p50 ms | p99 ms |
				|---|---:|---:|---:|
				""", USERS, PER_USER, CONCURRENCY, REQUESTS));
		String loadBefore = LoadAverage.now();
		for (String path : paths) {
			run(client, tokens, path, REQUESTS / 5);
		}
		for (String path : paths) {
			long[] latencies = new long[REQUESTS];
			long started = System.nanoTime();
			run(client, tokens, path, REQUESTS, latencies);
			double seconds = (System.nanoTime() - started) / 1e9;
			Arrays.sort(latencies);
			table.append(String.format(Locale.ROOT, "| `GET %s` | %.0f | %.1f | %.1f |%n", path, REQUESTS / seconds,
					millis(latencies, 0.5), millis(latencies, 0.99)));
		}
		table.append(
				String.format(Locale.ROOT, "%nLoad average before / after: %s / %s%n", loadBefore, LoadAverage.now()));
		connections.dispose();
		System.out.println(table);
		Files.writeString(Path.of("target", "benchmark-api.md"), table);
	}

	private void run(WebClient client, List<String> tokens, String path, int count, long... latencies) {
		Flux.range(0, count).flatMap((i) -> {
			long sent = System.nanoTime();
			return client.get()
				.uri(path)
				.headers((headers) -> headers.setBearerAuth(tokens.get(i % tokens.size())))
				.retrieve()
				.toBodilessEntity()
				.doOnNext((response) -> {
					if (latencies.length > i) {
						latencies[i] = System.nanoTime() - sent;
					}
				});
		}, CONCURRENCY).then().block(Duration.ofMinutes(5));
	}

	/** Each user's notifications, a third of them read, at distinct times. */
	private void seed() {
		this.database.sql("""
				insert into notification (user_id, type, title, message, task_id, project_id, is_read, created_at,
				    dedup_key)
				select 'bench-user-' || (i % :users), 'task_assigned', '📋 New task: task ' || i,
				    'You were assigned to the task "task ' || i || '" in project 7.', 'task-' || i, '7', i % 3 = 0,
				    now() - make_interval(secs => i), 'bench:' || i
				from generate_series(1, :total) as i
				""").bind("users", USERS).bind("total", USERS * PER_USER).then().block(Duration.ofMinutes(5));
		this.database.sql("analyze notification").then().block(Duration.ofMinutes(1));
	}

	private static double millis(long[] sortedNanos, double quantile) {
		return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.ceil(quantile * sortedNanos.length) - 1)] / 1e6;
	}

	/**
	 * What the server does for a request without touching the database: routing, the
	 * token check, a JSON body.
	 */
	@RestController
	static class BareEndpoint {

		@GetMapping("/bench/bare")
		Mono<Bare> bare() {
			return Mono.just(new Bare(0));
		}

		record Bare(long count) {

		}

	}

}
