package com.geniusharmony.system.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.api.HttpJson;
import com.geniusharmony.system.harness.ServiceNode;

/**
 * Watches, from one thread, the first page of each assignee who still awaits a
 * notification, through notification-service's API with the assignee's own token, and
 * tells when each awaited {@code task_assigned} notification was first readable.
 */
final class NotificationWatch implements AutoCloseable {

	private final ServiceNode notifications;

	/** Per assignee's token: the awaited task ids. */
	private final Map<String, Map<String, CompletableFuture<Long>>> awaited = new ConcurrentHashMap<>();

	private final Poller poller;

	NotificationWatch(ServiceNode notifications, Duration interval) {
		this.notifications = notifications;
		this.poller = new Poller("notification-watch", interval, this::scan);
	}

	/**
	 * Awaits the notification of an assignment.
	 * @param taskId the task
	 * @param assigneeToken the assignee's token
	 * @return completes with {@link System#nanoTime()} of the request that first read it
	 */
	CompletableFuture<Long> await(String taskId, String assigneeToken) {
		CompletableFuture<Long> seen = new CompletableFuture<>();
		this.awaited.computeIfAbsent(assigneeToken, (token) -> new ConcurrentHashMap<>()).put(taskId, seen);
		return seen;
	}

	int pending() {
		return this.awaited.values().stream().mapToInt(Map::size).sum();
	}

	int failedScans() {
		return this.poller.failures();
	}

	private void scan() {
		this.awaited.forEach((token, tasks) -> {
			if (tasks.isEmpty()) {
				return;
			}
			// newest first: what is awaited is at the top of the first page
			JsonNode page = HttpJson.get(this.notifications.uri("/api/notifications/?page_size=50"), token).expect(200);
			long now = System.nanoTime();
			for (JsonNode notification : page.get("results")) {
				if (notification.get("type").asString().equals("task_assigned")) {
					CompletableFuture<Long> seen = tasks.remove(notification.get("task_id").asString());
					if (seen != null) {
						seen.complete(now);
					}
				}
			}
		});
	}

	@Override
	public void close() {
		this.poller.close();
	}

}
