package com.geniusharmony.notification;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.geniusharmony.notification.notification.InboxChanges;
import com.geniusharmony.support.testing.LoadAverage;
import com.geniusharmony.support.testing.QueryLog;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.management.OperatingSystemMXBean;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load driver, not a test ({@code ./mvnw -pl notification-service -Pbench verify}): the
 * inbox's read calls over 1,000,000 notifications of 10,000 users (100 each), under
 * concurrent load over 127.0.0.1, against a bare endpoint of the same server (same
 * security filter chain and token check, no database) in the same run. Closed loop: each
 * of the concurrent clients sends its next request as soon as the previous answer is in,
 * each request with the token of another user, spread over all of them. The endpoints are
 * measured in rounds, each round a batch of every endpoint in an order rotated from the
 * round before, so that none is favoured by when it runs. Every answer must be a 200;
 * every warm-up answer is also read and checked. Reports the rate, p50 and p99 (client
 * side), the rate as a share of the bare endpoint's, and the CPU time per request of this
 * JVM (server and client) and of the database's backends. The first pages of users whose
 * pages the replica keeps are measured in a phase of their own, after the others (whose
 * reads of every user would push them out of the bounded cache), against the bare
 * endpoint in the same rounds. Writes its tables, and the plans of the counts and of a
 * deep cursor page, to {@code target/benchmark-api.md}.
 */
@Import(ApiThroughputBenchmark.BareEndpoint.class)
@TestPropertySource(properties = QueryLog.ENABLED + "=false")
class ApiThroughputBenchmark extends NotificationIntegrationTest {

	/**
	 * The users of the scenarios that read what the replica already keeps: their counts,
	 * and their first pages (as many users as those are kept for).
	 */
	private static final int KEPT_USERS = 1000;

	private static final int USERS = Integer.getInteger("bench.users", 10_000);

	/** Fixed: the seeded states below make 97 of each user's 100 visible in the inbox. */
	private static final int PER_USER = 100;

	private static final int INBOX = 97;

	/** The deep page starts after the 77th of the 97: the last full page of 20. */
	private static final int DEEP = INBOX - 20;

	private static final int REQUESTS = Integer.getInteger("bench.requests", 12_000);

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 6);

	private static final int WARMUP = Integer.getInteger("bench.warmup", 2_000);

	private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);

	/** With a {@code locale} claim in the tokens, no request looks the language up. */
	private static final boolean LOCALE_CLAIM = Boolean.getBoolean("bench.locale-claim");

	/**
	 * The endpoints to measure besides the bare one: bench.scenarios=counts,list for
	 * instance.
	 */
	private static final List<String> SCENARIOS = List
		.of(System.getProperty("bench.scenarios", "counts,counts-kept,unread,list,inbox,deep,list-kept,inbox-kept")
			.split(","));

	/**
	 * The fixed arrival rate of the paced phase, in requests per second, spread over the
	 * same connections: latency as a user sees it when the server is not saturated.
	 */
	private static final int PACED_RATE = Integer.getInteger("bench.paced-rate", 1_000);

	private static final int PACED_REQUESTS = Integer.getInteger("bench.paced-requests", 6_000);

	/** The endpoints of the paced phase besides the bare one. */
	private static final List<String> PACED = List
		.of(System.getProperty("bench.paced-scenarios", "counts,list,inbox").split(","));

	private static final String PREFIX = "inbox-bench-";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private InboxChanges changes;

	@Test
	void measure() throws Exception {
		long seeding = System.nanoTime();
		seed();
		double seedSeconds = (System.nanoTime() - seeding) / 1e9;
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < USERS; i++) {
			tokens.add(token(PREFIX + i));
		}
		ConnectionProvider connections = ConnectionProvider.builder("bench")
			.maxConnections(CONCURRENCY)
			.pendingAcquireMaxCount(-1)
			.build();
		WebClient client = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
			.clientConnector(new ReactorClientHttpConnector(HttpClient.create(connections)))
			.build();
		long walking = System.nanoTime();
		String[] cursors = SCENARIOS.contains("deep") ? deepCursors(client, tokens) : new String[0];
		double walkSeconds = (System.nanoTime() - walking) / 1e9;
		List<Scenario> all = List.of(bare(),
				new Scenario("counts", "GET /api/notifications/counts/", "unread, unseen, total",
						(user) -> "/api/notifications/counts/", ApiThroughputBenchmark::checkCounts),
				new Scenario("counts-kept", "GET /api/notifications/counts/",
						"again, nothing changed since: 1,000 users whose counts the replica keeps",
						(user) -> "/api/notifications/counts/", ApiThroughputBenchmark::checkCounts)
					.over(KEPT_USERS),
				new Scenario("unread", "GET /api/notifications/unread-count/", "",
						(user) -> "/api/notifications/unread-count/",
						(body) -> assertThat(body.get("count").asLong()).isBetween(1L, (long) INBOX)),
				new Scenario("list", "GET /api/notifications/", "first page of 20, with the count",
						(user) -> "/api/notifications/", ApiThroughputBenchmark::checkFirstPage),
				new Scenario("inbox", "GET /api/notifications/inbox/?limit=20", "first cursor page",
						(user) -> "/api/notifications/inbox/?limit=20", (body) -> checkCursorPage(body, true)),
				new Scenario("deep", "GET /api/notifications/inbox/?limit=20&cursor=…",
						"cursor page after the " + DEEP + "th of " + INBOX,
						(user) -> "/api/notifications/inbox/?limit=20&cursor=" + cursors[user],
						(body) -> checkCursorPage(body, false)));
		List<Scenario> kept = List.of(bare(),
				new Scenario("list-kept", "GET /api/notifications/",
						"first page again, nothing changed since: 1,000 users whose page the replica keeps",
						(user) -> "/api/notifications/", ApiThroughputBenchmark::checkFirstPage)
					.over(KEPT_USERS),
				new Scenario("inbox-kept", "GET /api/notifications/inbox/?limit=20",
						"first cursor page again, nothing changed since: 1,000 users whose page the replica keeps",
						(user) -> "/api/notifications/inbox/?limit=20", (body) -> checkCursorPage(body, true))
					.over(KEPT_USERS));
		List<Scenario> scenarios = chosen(all);
		List<Scenario> keptScenarios = chosen(kept);
		String loadBefore = LoadAverage.now();
		measureInRounds(client, tokens, scenarios);
		if (keptScenarios.size() > 1) {
			measureInRounds(client, tokens, keptScenarios);
		}
		List<Scenario> pacedScenarios = scenarios.stream()
			.filter((scenario) -> scenario.key.equals("bare") || PACED.contains(scenario.key))
			.toList();
		Map<Scenario, long[]> paced = new LinkedHashMap<>();
		for (Scenario scenario : pacedScenarios) {
			// what the replica keeps is forgotten, as if every user's inbox had changed
			IntStream.range(0, USERS).forEach((i) -> this.changes.changed(PREFIX + i));
			paced.put(scenario, paced(client, tokens, scenario));
		}
		String loadAfter = LoadAverage.now();
		connections.dispose();
		int batch = REQUESTS / ROUNDS;
		StringBuilder report = new StringBuilder(table(scenarios,
				String.format(Locale.ROOT,
						"%,d users × %d notifications, %d connections, %,d requests each in %d rounds", USERS, PER_USER,
						CONCURRENCY, batch * ROUNDS, ROUNDS)));
		if (keptScenarios.size() > 1) {
			report.append('\n')
				.append(table(keptScenarios, String.format(Locale.ROOT,
						"first pages kept, a phase of its own after the one above, %,d requests each in %d rounds",
						batch * ROUNDS, ROUNDS)));
		}
		report.append(String.format(Locale.ROOT,
				"""

						| endpoint, paced: %,d requests at %,d requests/s over at most %d connections | p50 ms | p99 ms | max ms |
						|---|---:|---:|---:|
						""",
				PACED_REQUESTS, PACED_RATE, CONCURRENCY));
		paced.forEach(
				(scenario, latencies) -> report.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f |%n",
						scenario.path, millis(latencies, 0.5), millis(latencies, 0.99), millis(latencies, 1.0))));
		report.append(String.format(Locale.ROOT,
				"%nSeeded in %.0f s; deep cursors walked in %.0f s; tokens %s a `locale` claim. "
						+ "Load average before / after: %s / %s%n",
				seedSeconds, walkSeconds, LOCALE_CLAIM ? "with" : "without", loadBefore, loadAfter));
		report.append(plans());
		System.out.println(report);
		Files.writeString(Path.of("target", "benchmark-api.md"), report);
	}

	private static Scenario bare() {
		return new Scenario("bare", "GET /bench/bare", "bare endpoint: server, token check, no database",
				(user) -> "/bench/bare", (body) -> assertThat(body.get("count").asLong()).isZero());
	}

	private static List<Scenario> chosen(List<Scenario> scenarios) {
		return scenarios.stream()
			.filter((scenario) -> scenario.key.equals("bare") || SCENARIOS.contains(scenario.key))
			.toList();
	}

	/**
	 * Warms the scenarios up, then measures them in rounds, interleaved.
	 */
	private void measureInRounds(WebClient client, List<String> tokens, List<Scenario> scenarios) throws Exception {
		// warm-up, interleaved like the measurement; every answer is read and checked
		for (int round = 0; round < 2; round++) {
			for (Scenario scenario : rotated(scenarios, round)) {
				run(client, tokens, scenario, WARMUP / 2, null, 0, true);
			}
		}
		int batch = REQUESTS / ROUNDS;
		for (int round = 0; round < ROUNDS; round++) {
			for (Scenario scenario : rotated(scenarios, round)) {
				List<Integer> backends = backendPids();
				long jvmCpu = jvmCpuNanos();
				long dbCpu = cpuTicks(backends);
				long started = System.nanoTime();
				run(client, tokens, scenario, batch, scenario.latencies, round * batch, false);
				scenario.nanos += System.nanoTime() - started;
				scenario.jvmCpuNanos += jvmCpuNanos() - jvmCpu;
				scenario.dbCpuTicks += cpuTicks(backends) - dbCpu;
				scenario.requests += batch;
			}
		}
	}

	/**
	 * The measured scenarios as a table, with their rates as shares of the first one's
	 * (the bare endpoint, measured in the same rounds).
	 */
	private static String table(List<Scenario> scenarios, String heading) {
		double bareRate = scenarios.get(0).rate();
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"""
						| endpoint (%s) | requests/s | of bare | p50 ms | p99 ms | JVM CPU ms/request | PostgreSQL CPU ms/request |
						|---|---:|---:|---:|---:|---:|---:|
						""",
				heading));
		for (Scenario scenario : scenarios) {
			long[] latencies = Arrays.copyOf(scenario.latencies, scenario.requests);
			Arrays.sort(latencies);
			table.append(String.format(Locale.ROOT, "| `%s`%s | %.0f | %.0f %% | %.1f | %.1f | %.2f | %.2f |%n",
					scenario.path, scenario.note.isEmpty() ? "" : " (" + scenario.note + ")", scenario.rate(),
					100 * scenario.rate() / bareRate, millis(latencies, 0.5), millis(latencies, 0.99),
					scenario.jvmCpuNanos / 1e6 / scenario.requests, scenario.dbCpuTicks * 10.0 / scenario.requests));
		}
		return table.toString();
	}

	private static String token(String user) {
		if (!LOCALE_CLAIM) {
			return TestTokens.forUser(user);
		}
		return TestTokens
			.sign(new JWTClaimsSet.Builder(TestTokens.claims(user, TestTokens.ISSUER, Instant.now().plusSeconds(3600)))
				.claim("locale", "en")
				.build(), TestTokens.SECRET);
	}

	private static List<Scenario> rotated(List<Scenario> scenarios, int round) {
		List<Scenario> order = new ArrayList<>(scenarios);
		Collections.rotate(order, -round);
		return order;
	}

	/**
	 * Sends {@code count} requests, {@link #CONCURRENCY} in flight, each for the next
	 * user of the scenario's walk over all users (a stride coprime with their number, so
	 * that consecutive requests are of users far apart).
	 */
	private void run(WebClient client, List<String> tokens, Scenario scenario, int count, long[] latencies, int offset,
			boolean check) {
		AtomicInteger failures = new AtomicInteger();
		Flux.range(0, count).flatMap((i) -> {
			int user = scenario.nextUser();
			long sent = System.nanoTime();
			return client.get()
				.uri(scenario.uri.apply(user))
				.headers((headers) -> headers.setBearerAuth(tokens.get(user)))
				.exchangeToMono((response) -> {
					if (response.statusCode() != HttpStatus.OK) {
						failures.incrementAndGet();
						return response.bodyToMono(String.class)
							.defaultIfEmpty("")
							.doOnNext((body) -> System.err.println(response.statusCode() + " " + body))
							.then();
					}
					if (check) {
						return response.bodyToMono(String.class).doOnNext((body) -> {
							scenario.check.accept(JSON.readTree(body));
						}).then();
					}
					return response.releaseBody();
				})
				.doOnSuccess((done) -> {
					if (latencies != null) {
						latencies[offset + i] = System.nanoTime() - sent;
					}
				});
		}, CONCURRENCY).then().block(Duration.ofMinutes(10));
		assertThat(failures.get()).as("answers other than 200 to " + scenario.path).isZero();
	}

	/**
	 * Open loop: request {@code i} is due at {@code i / PACED_RATE} seconds from the
	 * start, whether the answers before it came or not, and its latency runs from when it
	 * was due (a request waiting for a free connection waits in its latency too), so that
	 * a slow answer cannot hide the ones it held back.
	 * @return the latencies, sorted
	 */
	private long[] paced(WebClient client, List<String> tokens, Scenario scenario) {
		long[] latencies = new long[PACED_REQUESTS];
		AtomicInteger failures = new AtomicInteger();
		long intervalNanos = 1_000_000_000L / PACED_RATE;
		long start = System.nanoTime() + 100_000_000L;
		Flux.range(0, PACED_REQUESTS).flatMap((i) -> {
			long due = start + i * intervalNanos;
			int user = scenario.nextUser();
			return Mono.delay(Duration.ofNanos(Math.max(0, due - System.nanoTime())))
				.then(client.get()
					.uri(scenario.uri.apply(user))
					.headers((headers) -> headers.setBearerAuth(tokens.get(user)))
					.exchangeToMono((response) -> {
						if (response.statusCode() != HttpStatus.OK) {
							failures.incrementAndGet();
						}
						return response.releaseBody();
					}))
				.doOnSuccess((done) -> latencies[i] = System.nanoTime() - due);
		}, PACED_REQUESTS).then().block(Duration.ofMinutes(10));
		assertThat(failures.get()).as("answers other than 200 to " + scenario.path).isZero();
		Arrays.sort(latencies);
		return latencies;
	}

	/**
	 * The cursor after each user's {@value #DEEP}th inbox notification, as the API gives
	 * it: a walk of each user's list.
	 */
	private String[] deepCursors(WebClient client, List<String> tokens) {
		String[] cursors = new String[USERS];
		Flux.range(0, USERS)
			.flatMap((user) -> client.get()
				.uri("/api/notifications/inbox/?limit=" + DEEP)
				.headers((headers) -> headers.setBearerAuth(tokens.get(user)))
				.retrieve()
				.bodyToMono(String.class)
				.doOnNext((body) -> {
					JsonNode page = JSON.readTree(body);
					assertThat(page.get("results")).hasSize(DEEP);
					cursors[user] = page.get("next_cursor").asString();
				}), CONCURRENCY)
			.then()
			.block(Duration.ofMinutes(30));
		assertThat(cursors).doesNotContainNull();
		return cursors;
	}

	private static void checkCounts(JsonNode body) {
		assertThat(body.get("total").asLong()).isEqualTo(INBOX);
		assertThat(body.get("unread").asLong()).isBetween(1L, (long) INBOX);
		assertThat(body.get("unseen").asLong()).isBetween(1L, body.get("unread").asLong());
	}

	private static void checkFirstPage(JsonNode body) {
		assertThat(body.get("count").asLong()).isEqualTo(INBOX);
		assertThat(body.get("next").asString()).contains("page=2");
		assertThat(body.get("previous").isNull()).isTrue();
		checkResults(body.get("results"));
	}

	private static void checkCursorPage(JsonNode body, boolean first) {
		checkResults(body.get("results"));
		// the deep page is the last: 20 notifications remain after the 77th of 97
		assertThat(body.get("next_cursor").isNull()).isEqualTo(!first);
	}

	private static void checkResults(JsonNode results) {
		assertThat(results).hasSize(20);
		for (JsonNode notification : results) {
			assertThat(notification.get("user_id").asString()).startsWith(PREFIX);
			assertThat(notification.get("title").asString()).startsWith(notification.get("emoji").asString());
			assertThat(notification.get("message").asString()).contains("project \"Project ");
			assertThat(notification.get("archived_at").isNull()).isTrue();
			assertThat(notification.get("snoozed_until").isNull()).isTrue();
		}
	}

	/**
	 * Each user's 100 notifications, newest first over the last 25 days (within the
	 * retention of read ones): mostly task assignments, some deadline reminders and
	 * project assignments, with the task's and the project's names in {@code params}. The
	 * oldest 70 % or so are read (and so seen), some more are seen, two are archived and
	 * one is snoozed (97 in the inbox). Then VACUUM ANALYZE, so that the visibility map
	 * allows index-only scans.
	 */
	private void seed() {
		this.database.sql("""
				insert into notification (user_id, type, params, task_id, project_id, is_read, created_at, read_at,
				    seen_at, archived_at, snoozed_until, dedup_key)
				select 'inbox-bench-' || u, t.type,
				    case when t.type = 'project_assigned' then jsonb_build_object('project', 'Project ' || (h.p))
				        when t.type like 'deadline%' then jsonb_build_object('task', 'Task ' || h.task, 'project',
				            'Project ' || h.p, 'deadline', to_char(c.at, 'YYYY-MM-DD'))
				        else jsonb_build_object('task', 'Task ' || h.task, 'project', 'Project ' || h.p) end,
				    case when t.type = 'project_assigned' then null else 'task-' || h.task end, 'project-' || h.p,
				    s.read, c.at, case when s.read then c.at + interval '1 hour' end,
				    case when s.read then c.at + interval '30 minutes'
				        when k >= 5 and h.r < 90 then c.at + interval '10 minutes' end,
				    case when k in (42, 87) then c.at + interval '2 days' end,
				    case when k = 63 then now() + interval '7 days' end,
				    'inbox-bench:' || u || ':' || k
				from generate_series(0, :users - 1) as u, generate_series(0, :perUser - 1) as k,
				    lateral (select (u * 7919 + k * 104729) % 100 as r, (u * 31 + k * 7) % 50000 as task,
				        (u / 20 + k % 3) % 2000 as p) as h,
				    lateral (select case when h.r < 70 then 'task_assigned' when h.r < 80 then 'deadline_3days'
				        when h.r < 86 then 'deadline_1day' when h.r < 92 then 'deadline_today'
				        when h.r < 96 then 'deadline_overdue' else 'project_assigned' end as type) as t,
				    lateral (select now() - make_interval(secs => k * 21600 + (u % 21600)) as at) as c,
				    lateral (select k >= 10 and h.r < 75 as read) as s
				""").bind("users", USERS).bind("perUser", PER_USER).then().block(Duration.ofMinutes(30));
		this.database.sql("vacuum analyze notification").then().block(Duration.ofMinutes(30));
	}

	/**
	 * The plans, on the seeded data, of the counts and of a deep cursor page of one user.
	 */
	private String plans() {
		String user = PREFIX + (USERS / 2);
		String counts = """
				select count(*) filter (where not is_read) as unread, count(*) filter (where seen_at is null) as unseen,
				    count(*) as total
				from notification where user_id = $1 and archived_at is null and snoozed_until is null""";
		// the statement NotificationService.inbox writes for a page after a cursor
		String page = """
				select * from notification
				where user_id = $1 and archived_at is null and snoozed_until is null and (created_at, id) < ($2, $3)
				order by created_at desc, id desc limit 21""";
		record After(OffsetDateTime createdAt, long id) {
		}
		After after = this.database.sql("""
				select created_at, id from notification where user_id = $1 and archived_at is null
				    and snoozed_until is null order by created_at desc, id desc offset $2 limit 1""")
			.bind(0, user)
			.bind(1, DEEP - 1)
			.map((row) -> new After(row.get(0, OffsetDateTime.class), row.get(1, Long.class)))
			.one()
			.block();
		return String.format(Locale.ROOT, "%nPlan of the counts of %s:%n%n```%n%s%n```%n", user, explain(counts, user))
				+ String.format(Locale.ROOT, "%nPlan of the page after %s's %dth inbox notification:%n%n```%n%s%n```%n",
						user, DEEP, explain(page, user, after.createdAt(), after.id()));
	}

	private String explain(String sql, Object... parameters) {
		DatabaseClient.GenericExecuteSpec statement = this.database.sql("explain (analyze, buffers) " + sql);
		for (int i = 0; i < parameters.length; i++) {
			statement = statement.bind(i, parameters[i]);
		}
		return String.join("\n", statement.map((row) -> row.get(0, String.class)).all().collectList().block());
	}

	/** The PostgreSQL backends of this database (the service's pool). */
	private List<Integer> backendPids() {
		return this.database.sql("select pid from pg_stat_activity where datname = current_database()")
			.map((row) -> row.get(0, Integer.class))
			.all()
			.collectList()
			.block();
	}

	/** User and system CPU time of these processes, in clock ticks (1/100 s). */
	private static long cpuTicks(List<Integer> pids) {
		long ticks = 0;
		for (int pid : pids) {
			try {
				String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			catch (IOException ex) {
				// a backend that ended
			}
		}
		return ticks;
	}

	private static long jvmCpuNanos() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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

	/** An endpoint and what it measured. */
	private static final class Scenario {

		private final String key;

		private final String path;

		private final String note;

		private final IntFunction<String> uri;

		private final Consumer<JsonNode> check;

		private final long[] latencies = new long[REQUESTS];

		private final AtomicInteger sent = new AtomicInteger();

		private int users = USERS;

		private int requests;

		private long nanos;

		private long jvmCpuNanos;

		private long dbCpuTicks;

		Scenario(String key, String path, String note, IntFunction<String> uri, Consumer<JsonNode> check) {
			this.key = key;
			this.path = path;
			this.note = note;
			this.uri = uri;
			this.check = check;
		}

		/** Sends to the first users only. */
		Scenario over(int users) {
			this.users = users;
			return this;
		}

		/** The next user of a walk over its users with a stride of 7,919 (a prime). */
		int nextUser() {
			return (int) ((this.sent.getAndIncrement() * 7919L) % this.users);
		}

		double rate() {
			return this.requests / (this.nanos / 1e9);
		}

	}

}
