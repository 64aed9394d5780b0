package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.bench.Cast.Person;

/**
 * Open-loop load through core-service: task creations at a fixed rate whatever the
 * answers take (each sent from a pool, so a slow answer does not delay the next), each
 * with one assignee in turn, and every few creations an update of the title of a task
 * already in Odoo. Each is timed from the moment its request is sent.
 */
final class SteadyLoad {

	private final CoreApi core;

	private final Cast cast;

	private final OdooWatch odoo;

	private final NotificationWatch notifications;

	final Latencies createApi = new Latencies();

	final Latencies updateApi = new Latencies();

	final Latencies createToOdoo = new Latencies();

	final Latencies updateToOdoo = new Latencies();

	final Latencies assignmentToNotification = new Latencies();

	final AtomicInteger failedRequests = new AtomicInteger();

	private final ConcurrentLinkedQueue<String> inOdoo = new ConcurrentLinkedQueue<>();

	private final List<CompletableFuture<?>> outstanding = new ArrayList<>();

	private final AtomicInteger updates = new AtomicInteger();

	SteadyLoad(CoreApi core, Cast cast, OdooWatch odoo, NotificationWatch notifications) {
		this.core = core;
		this.cast = cast;
		this.odoo = odoo;
		this.notifications = notifications;
	}

	/**
	 * Sends the load, then waits until everything sent is seen (or the wait is over).
	 * @param perSecond task creations per second
	 * @param duration how long to send
	 * @param updateEvery one title update after every this many creations
	 * @param wait the longest wait for what was sent to be seen
	 * @return how many tasks were created
	 */
	int run(double perSecond, Duration duration, int updateEvery, Duration wait) throws InterruptedException {
		ExecutorService senders = Executors.newFixedThreadPool(32);
		ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
		AtomicInteger ticks = new AtomicInteger();
		CountDownLatch allSent = new CountDownLatch(1);
		long total = Math.round(perSecond * duration.toSeconds());
		clock.scheduleAtFixedRate(() -> {
			int tick = ticks.getAndIncrement();
			if (tick >= total) {
				allSent.countDown();
				return;
			}
			senders.execute(() -> create(tick));
			String target = (tick % updateEvery == updateEvery - 1) ? this.inOdoo.poll() : null;
			if (target != null) {
				senders.execute(() -> update(target));
			}
		}, 0, Math.round(1e9 / perSecond), TimeUnit.NANOSECONDS);
		allSent.await();
		clock.shutdownNow();
		senders.shutdown();
		senders.awaitTermination(2, TimeUnit.MINUTES);
		CompletableFuture<?>[] all;
		synchronized (this.outstanding) {
			all = this.outstanding.toArray(CompletableFuture[]::new);
		}
		try {
			CompletableFuture.allOf(all).get(wait.toSeconds(), TimeUnit.SECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// reported as what was not seen
		}
		return (int) total;
	}

	int updatesSent() {
		return this.updates.get();
	}

	private void create(int number) {
		Person assignee = this.cast.assignees().get(number % this.cast.assignees().size());
		String title = "Load task " + number;
		long sent = System.nanoTime();
		try {
			String taskId = this.core
				.createTask(this.cast.ownerToken(), this.cast.projectId(), title, null, List.of(assignee.id()))
				.get("id")
				.asString();
			this.createApi.add(System.nanoTime() - sent);
			track(this.odoo.await(taskId, title).thenAccept((seen) -> {
				this.createToOdoo.add(seen - sent);
				this.inOdoo.add(taskId);
			}));
			track(this.notifications.await(taskId, assignee.token())
				.thenAccept((seen) -> this.assignmentToNotification.add(seen - sent)));
		}
		catch (RuntimeException | AssertionError ex) {
			this.failedRequests.incrementAndGet();
		}
	}

	private void update(String taskId) {
		String title = "Load task " + taskId + " v" + this.updates.incrementAndGet();
		long sent = System.nanoTime();
		try {
			this.core.updateTask(this.cast.ownerToken(), taskId, Map.of("title", title));
			this.updateApi.add(System.nanoTime() - sent);
			track(this.odoo.await(taskId, title).thenAccept((seen) -> {
				this.updateToOdoo.add(seen - sent);
				this.inOdoo.add(taskId);
			}));
		}
		catch (RuntimeException | AssertionError ex) {
			this.failedRequests.incrementAndGet();
		}
	}

	private void track(CompletableFuture<?> future) {
		synchronized (this.outstanding) {
			this.outstanding.add(future);
		}
	}

}
