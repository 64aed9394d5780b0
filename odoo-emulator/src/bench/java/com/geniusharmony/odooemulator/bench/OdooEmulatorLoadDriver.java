package com.geniusharmony.odooemulator.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import com.geniusharmony.odooemulator.OdooEmulator;

/**
 * Drives an emulator over loopback with a fixed number of concurrent clients, each
 * sending its next request as soon as the previous one is answered (closed loop), and
 * reports requests and records per second with latency percentiles. Scenarios:
 * {@code create} (one {@code res.partner} per {@code create}), {@code load100} (100 new
 * tasks per {@code load}), {@code upsert100} (the same 100 tasks loaded again and again).
 *
 * <p>
 * Arguments: {@code --url=http://127.0.0.1:8069} (else an emulator is started in this
 * JVM), {@code --scenarios=create,load100,upsert100}, {@code --concurrency=1,4,16,64},
 * {@code --seconds=10}, {@code --warmup=3}, {@code --throttle=none|odoo18},
 * {@code --server-pid=<pid>} (the emulator's process, to report the CPU time it spends
 * per request; Linux only).
 */
public final class OdooEmulatorLoadDriver {

	private final String url;

	private final HttpClient client;

	private final AtomicLong sequence = new AtomicLong();

	private final ServerCpu serverCpu;

	private OdooEmulatorLoadDriver(String url, int connections, ServerCpu serverCpu) {
		this.url = url;
		this.serverCpu = serverCpu;
		ConnectionProvider pool = ConnectionProvider.builder("bench")
			.maxConnections(connections)
			.pendingAcquireMaxCount(-1)
			.build();
		this.client = HttpClient.create(pool)
			.baseUrl(url)
			.headers((headers) -> headers.add(HttpHeaderNames.CONTENT_TYPE, "application/json"));
	}

	public static void main(String[] args) {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "odoo-emulator-logback.xml");
		}
		Map<String, String> options = options(args);
		List<Integer> concurrencies = Arrays.stream(options.getOrDefault("concurrency", "1,4,16,64").split(","))
			.map(Integer::parseInt)
			.toList();
		OdooEmulator local = null;
		String url = options.get("url");
		if (url == null) {
			local = OdooEmulator.start();
			url = local.baseUrl();
		}
		ServerCpu cpu = (options.containsKey("server-pid")) ? new ServerCpu(Long.parseLong(options.get("server-pid")))
				: new ServerCpu(ProcessHandle.current().pid());
		OdooEmulatorLoadDriver driver = new OdooEmulatorLoadDriver(url,
				concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1), cpu);
		driver.admin("/__emulator/throttle", "{\"preset\": \"" + options.getOrDefault("throttle", "none") + "\"}");
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
		int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
		System.out.printf("%-10s %5s %9s %10s %11s %8s %8s %7s %9s %12s%n", "scenario", "conc", "requests",
				"requests/s", "records/s", "p50 ms", "p99 ms", "errors", "srv max/s", "srv cpu µs/req");
		for (String scenario : options.getOrDefault("scenarios", "create,load100,upsert100").split(",")) {
			for (int concurrency : concurrencies) {
				driver.admin("/__emulator/reset", "");
				driver.run(new Scenario(scenario, driver), concurrency, warmup, false);
				driver.admin("/__emulator/stats", null);
				Result result = driver.run(new Scenario(scenario, driver), concurrency, seconds, true);
				result.print(scenario, concurrency);
			}
		}
		if (local != null) {
			local.stop();
		}
	}

	private Result run(Scenario scenario, int concurrency, int seconds, boolean measured) {
		if (measured) {
			this.client.delete().uri("/__emulator/stats").response().block();
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		Recorder recorder = new Recorder();
		long cpuBefore = this.serverCpu.micros();
		long started = System.nanoTime();
		Flux.range(0, concurrency)
			.flatMap((worker) -> Mono.defer(() -> call(scenario.nextBody(worker), recorder))
				.repeat(() -> System.nanoTime() < deadline), concurrency)
			.blockLast();
		double elapsed = (System.nanoTime() - started) / 1e9;
		String stats = measured
				? this.client.get().uri("/__emulator/stats").responseContent().aggregate().asString().block() : "";
		long cpu = this.serverCpu.micros() - cpuBefore;
		return recorder.result(elapsed, scenario.recordsPerRequest(), maxPerSecond(stats), cpu);
	}

	private Mono<Void> call(String body, Recorder recorder) {
		long start = System.nanoTime();
		return this.client.post()
			.uri("/jsonrpc")
			.send(ByteBufFlux.fromString(Mono.just(body)))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.map((text) -> response.status().code() == 200 && text.contains("\"result\"")
						&& !text.contains("\"ids\":false")))
			.doOnNext((ok) -> recorder.record(System.nanoTime() - start, ok))
			.then();
	}

	private void admin(String path, String body) {
		if (body == null) {
			this.client.get().uri(path).response().block();
		}
		else {
			this.client.post().uri(path).send(ByteBufFlux.fromString(Mono.just(body))).response().block();
		}
	}

	long next() {
		return this.sequence.incrementAndGet();
	}

	private static long maxPerSecond(String stats) {
		int at = stats.indexOf("\"max_per_second\":");
		if (at < 0) {
			return -1;
		}
		String rest = stats.substring(at + "\"max_per_second\":".length());
		return Long.parseLong(rest.substring(0, rest.indexOf(',')));
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(2, equals), arg.substring(equals + 1));
		}
		return options;
	}

	/**
	 * Latencies and outcomes of one run.
	 */
	private static final class Recorder {

		private final List<Long> latencies = new ArrayList<>();

		private long errors;

		synchronized void record(long nanos, boolean ok) {
			this.latencies.add(nanos);
			if (!ok) {
				this.errors++;
			}
		}

		synchronized Result result(double seconds, int recordsPerRequest, long serverMax, long serverCpuMicros) {
			long[] sorted = this.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
			double p50 = (sorted.length > 0) ? sorted[sorted.length / 2] / 1e6 : 0;
			double p99 = (sorted.length > 0) ? sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6
					: 0;
			return new Result(sorted.length, seconds, recordsPerRequest, p50, p99, this.errors, serverMax,
					(sorted.length > 0) ? serverCpuMicros / (double) sorted.length : 0);
		}

	}

	private record Result(long requests, double seconds, int recordsPerRequest, double p50, double p99, long errors,
			long serverMax, double serverCpuPerRequest) {

		void print(String scenario, int concurrency) {
			double perSecond = this.requests / this.seconds;
			System.out.printf("%-10s %5d %9d %10.1f %11.0f %8.2f %8.2f %7d %9d %12.0f%n", scenario, concurrency,
					this.requests, perSecond, perSecond * this.recordsPerRequest, this.p50, this.p99, this.errors,
					this.serverMax, this.serverCpuPerRequest);
		}

	}

}
