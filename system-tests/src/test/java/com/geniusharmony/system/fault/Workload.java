package com.geniusharmony.system.fault;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.api.CoreApi;
import com.geniusharmony.system.api.HttpJson;
import com.geniusharmony.system.api.NotificationApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A stream of work through core-service while something fails: an owner, an assignee, a
 * project, and tasks created one after the other, each request retried until it succeeds
 * as a client would. A retried request whose first answer was lost may create a task
 * twice; what counts afterwards is what core-service holds.
 */
final class Workload {

	private static final String PASSWORD = "correct horse battery";

	private final CoreApi core;

	private final String ownerToken;

	private final String assigneeId;

	private final String assigneeToken;

	private final String projectId;

	private final AtomicInteger created = new AtomicInteger();

	private Workload(CoreApi core, String ownerToken, String assigneeId, String assigneeToken, String projectId) {
		this.core = core;
		this.ownerToken = ownerToken;
		this.assigneeId = assigneeId;
		this.assigneeToken = assigneeToken;
		this.projectId = projectId;
	}

	static Workload start(CoreApi core, String adminToken, String name) {
		String tag = name + "-" + Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 40);
		JsonNode owner = core.createUser(adminToken, "owner-" + tag, "owner-" + tag + "@example.com", "Owner", tag,
				PASSWORD);
		JsonNode assignee = core.createUser(adminToken, "assignee-" + tag, "assignee-" + tag + "@example.com",
				"Assignee", tag, PASSWORD);
		String ownerToken = core.token("owner-" + tag, PASSWORD);
		String projectId = core
			.createProject(ownerToken, "Project " + tag, owner.get("id").asString(),
					List.of(assignee.get("id").asString()))
			.get("id")
			.asString();
		return new Workload(core, ownerToken, assignee.get("id").asString(), core.token("assignee-" + tag, PASSWORD),
				projectId);
	}

	/**
	 * Creates tasks in the background, one after the other.
	 * @param count how many
	 * @return completes when all are created
	 */
	CompletableFuture<Void> createTasks(int count) {
		return CompletableFuture.runAsync(() -> {
			for (int i = 0; i < count; i++) {
				int number = i;
				await("task " + number + " created").atMost(Duration.ofMinutes(3))
					.pollInterval(Duration.ofMillis(200))
					.ignoreExceptions()
					.until(() -> createTask(number));
				this.created.incrementAndGet();
			}
		});
	}

	int created() {
		return this.created.get();
	}

	String projectId() {
		return this.projectId;
	}

	private boolean createTask(int number) {
		Map<String, Object> body = new HashMap<>();
		body.put("project_id", this.projectId);
		body.put("title", "Task " + number);
		body.put("assignee_ids", List.of(this.assigneeId));
		return HttpJson.post(this.core.uri("/api/tasks"), this.ownerToken, body).status() == 201;
	}

	/**
	 * Checks that the assignee has exactly one {@code task_assigned} notification for
	 * each task core-service holds in the project, and one {@code project_assigned}.
	 * @param notifications the notification API
	 */
	void assertEveryNotificationOnce(NotificationApi notifications) {
		List<String> taskIds = this.core.all(this.ownerToken, "/api/tasks?project_id=" + this.projectId)
			.stream()
			.map((task) -> task.get("id").asString())
			.toList();
		List<JsonNode> mine = notifications.mine(this.assigneeToken);
		assertThat(mine).filteredOn((notification) -> notification.get("type").asString().equals("task_assigned"))
			.extracting((notification) -> notification.get("task_id").asString())
			.containsExactlyInAnyOrderElementsOf(taskIds);
		assertThat(mine).filteredOn((notification) -> notification.get("type").asString().equals("project_assigned"))
			.hasSize(1);
	}

}
