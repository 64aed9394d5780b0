package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.stats.RequestCounts;
import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.harness.ServiceNode;

/**
 * Work for the sync all at once: tasks created through core-service as fast as a few
 * concurrent clients get answers, then the time until every one of them is in Odoo, with
 * the requests the emulator counted meanwhile. Either with the sync running (it keeps up
 * with the API or not), or as a backlog made while it is down, drained once it is back.
 */
final class SyncBurst {

	private final CoreApi core;

	private final Cast cast;

	private final OdooWatch watch;

	private final OdooEmulator odoo;

	private final int concurrency;

	private final Duration wait;

	SyncBurst(CoreApi core, Cast cast, OdooWatch watch, OdooEmulator odoo, int concurrency, Duration wait) {
		this.core = core;
		this.cast = cast;
		this.watch = watch;
		this.odoo = odoo;
		this.concurrency = concurrency;
		this.wait = wait;
	}

	/**
	 * Creates tasks while the sync runs; timed from the first request sent.
	 * @param tasks how many
	 * @return the result
	 */
	Result whileRunning(int tasks) throws InterruptedException {
		this.odoo.resetRequestCounts();
		long started = System.nanoTime();
		Created created = create(tasks, "Burst task ");
		return result(tasks, created, started);
	}

	/**
	 * Creates tasks while the sync is down, then starts it; timed from the moment it was
	 * ready, or from the first task in Odoo if that came first (readiness is polled).
	 * @param tasks how many
	 * @param sync odoo-sync-service
	 * @return the result
	 */
	Result backlog(int tasks, ServiceNode sync) throws InterruptedException {
		sync.kill();
		Created created = create(tasks, "Backlog task ");
		this.odoo.resetRequestCounts();
		sync.restart();
		long ready = System.nanoTime();
		long firstLanding = awaitLandings(created).stream().mapToLong(Long::longValue).min().orElse(ready);
		return result(tasks, created, Math.min(ready, firstLanding));
	}

	private Created create(int tasks, String titlePrefix) throws InterruptedException {
		ConcurrentLinkedQueue<CompletableFuture<Long>> landings = new ConcurrentLinkedQueue<>();
		AtomicLong lastAnswer = new AtomicLong();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(this.concurrency);
		long started = System.nanoTime();
		for (int i = 0; i < tasks; i++) {
			String title = titlePrefix + i;
			clients.execute(() -> {
				try {
					String taskId = this.core
						.createTask(this.cast.ownerToken(), this.cast.projectId(), title, null, List.of())
						.get("id")
						.asString();
					lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
					landings.add(this.watch.await(taskId, title));
				}
				catch (RuntimeException | AssertionError ex) {
					failed.incrementAndGet();
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(10, TimeUnit.MINUTES);
		return new Created(List.copyOf(landings), failed.get(), started, lastAnswer.get());
	}

	private List<Long> awaitLandings(Created created) throws InterruptedException {
		try {
			CompletableFuture.allOf(created.landings().toArray(CompletableFuture[]::new))
				.get(this.wait.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// reported as what did not land
		}
		return created.landings().stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
	}

	private Result result(int tasks, Created created, long from) throws InterruptedException {
		List<Long> landings = awaitLandings(created);
		long last = landings.stream().mapToLong(Long::longValue).max().orElse(from);
		RequestCounts counts = this.odoo.requestCounts();
		return new Result(tasks, created.failed(), landings.size(), (created.lastAnswer() - created.started()) / 1e9,
				(last - from) / 1e9, counts.total(), counts.calls("project.task", "load"), counts.maxInAnySecond());
	}

	private record Created(List<CompletableFuture<Long>> landings, int failed, long started, long lastAnswer) {

	}

	/**
	 * What a burst gave.
	 *
	 * @param sent tasks sent
	 * @param failed creations that failed
	 * @param landed tasks seen in Odoo
	 * @param apiSeconds first request sent to last answer
	 * @param odooSeconds from the start of the timing to the last task seen in Odoo
	 * @param odooRequests requests the emulator counted meanwhile
	 * @param taskLoads {@code project.task.load} requests among them
	 * @param maxInAnySecond the most requests in any one-second window
	 */
	record Result(int sent, int failed, int landed, double apiSeconds, double odooSeconds, long odooRequests,
			long taskLoads, long maxInAnySecond) {

		double recordsPerSecond() {
			return this.landed / this.odooSeconds;
		}

	}

}
