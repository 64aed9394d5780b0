package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooRecord;

/**
 * Watches the emulator's tasks from one thread and tells when each awaited task first
 * holds the awaited title. Scanning every task is cheap for the emulator in this JVM and
 * makes no request the sync could be confused with.
 */
final class OdooWatch implements AutoCloseable {

	private static final String PREFIX = "harmony.task_";

	private final OdooEmulator odoo;

	private final Map<String, Awaited> awaited = new ConcurrentHashMap<>();

	private final Poller poller;

	OdooWatch(OdooEmulator odoo, Duration interval) {
		this.odoo = odoo;
		this.poller = new Poller("odoo-watch", interval, this::scan);
	}

	/**
	 * Awaits a task with a title; the caller awaits one title of a task at a time.
	 * @param taskId core-service's id of the task
	 * @param title the title Odoo should show
	 * @return completes with {@link System#nanoTime()} of the scan that first saw it
	 */
	CompletableFuture<Long> await(String taskId, String title) {
		Awaited entry = new Awaited(title, new CompletableFuture<>());
		this.awaited.put(taskId, entry);
		return entry.seen();
	}

	int pending() {
		return this.awaited.size();
	}

	int failedScans() {
		return this.poller.failures();
	}

	private void scan() {
		if (this.awaited.isEmpty()) {
			return;
		}
		long now = System.nanoTime();
		for (OdooRecord task : this.odoo.records("project.task")) {
			for (String externalId : task.externalIds()) {
				if (externalId.startsWith(PREFIX)) {
					String taskId = externalId.substring(PREFIX.length());
					Awaited entry = this.awaited.get(taskId);
					if (entry != null && entry.title().equals(task.get("name")) && this.awaited.remove(taskId, entry)) {
						entry.seen().complete(now);
					}
				}
			}
		}
	}

	@Override
	public void close() {
		this.poller.close();
	}

	private record Awaited(String title, CompletableFuture<Long> seen) {

	}

}
