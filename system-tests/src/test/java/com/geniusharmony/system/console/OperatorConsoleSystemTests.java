package com.geniusharmony.system.console;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.geniusharmony.events.Topic;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.system.api.HttpJson;
import com.geniusharmony.system.edge.DeadLetters;
import com.geniusharmony.system.harness.BrowserScript;
import com.geniusharmony.system.harness.HarmonySystem;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An administrator operates the system from the console in headless Chromium: signs in (a
 * wrong password and a user who is no administrator are turned away), reads the sync
 * overview, finds a task Odoo refused with its reason and resyncs it, runs the drift
 * report, finds a user's notifications, reads one and deletes another, and fires a
 * deadline check by hand. What the page did is then checked through the APIs.
 */
class OperatorConsoleSystemTests extends SystemTestBase {

	private static final String PASSWORD = "correct horse battery";

	@Test
	void anAdministratorOperatesTheSystemFromTheConsole() throws Exception {
		String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 36);
		String username = "console-ann-" + tag;
		String ann = core.createUser(admin, username, username + "@example.com", "Ann", "Console", PASSWORD)
			.get("id")
			.asString();
		String project = core.createProject(admin, "Console " + tag, ann, List.of()).get("id").asString();
		String first = core.createTask(admin, project, "Console first " + tag, null, List.of(ann)).get("id").asString();
		core.createTask(admin, project, "Console second " + tag, null, List.of(ann));
		String annToken = core.token(username, PASSWORD);
		await("ann's two assignments").atMost(Duration.ofSeconds(60))
			.until(() -> notifications.mine(annToken)
				.stream()
				.filter((notification) -> notification.get("type").asString().equals("task_assigned"))
				.count() == 2);
		String refusedTask = taskOdooRefuses(project);
		renamedInOdoo(first, "Console renamed " + tag);

		JsonNode done = BrowserScript.run("operator-console.mjs",
				Map.of("CONSOLE_URL", system.notifications().uri("/console/").toString(), "ADMIN_USERNAME",
						HarmonySystem.ADMIN_USERNAME, "ADMIN_PASSWORD", HarmonySystem.ADMIN_PASSWORD, "USER_USERNAME",
						username, "USER_PASSWORD", PASSWORD, "REFUSED_TASK_ID", refusedTask, "NOTIFIED_USER_ID", ann,
						"NOTIFIED_TASK_TITLE", "Console second " + tag, "CHANGED_IN_ODOO_TASK_ID", first));

		String deleted = done.get("deleted_notification").asString();
		assertThat(
				HttpJson.get(system.notifications().uri("/api/admin/notifications/" + deleted + "/"), admin).status())
			.isEqualTo(404);
		assertThat(notifications.mine(annToken)).extracting((notification) -> notification.get("id").asString())
			.doesNotContain(deleted)
			.isNotEmpty();
		assertThat(done.get("refusal_reason").asString()).isNotBlank();
		JsonNode schedules = HttpJson.get(system.scheduler().uri("/api/scheduler/status"), admin)
			.expect(200)
			.get("schedules");
		assertThat(schedules.values())
			.filteredOn((schedule) -> schedule.get("name").asString().equals("check_deadline_notifications"))
			.singleElement()
			.satisfies((schedule) -> assertThat(schedule.get("last_manual_at").isNull()).isFalse());
		for (String screen : List.of("overview", "failures", "drift", "notifications", "scheduler")) {
			assertThat(BrowserScript.SCREENSHOTS.resolve("console-" + screen + ".png")).as(screen)
				.satisfies((file) -> assertThat(Files.size(file)).isPositive());
		}
	}

	/**
	 * A task renamed by a person in Odoo, once the platform has the new name.
	 */
	private void renamedInOdoo(String task, String name) {
		OdooRecord record = await("the task in Odoo").atMost(Duration.ofSeconds(90))
			.until(() -> odoo.taskOf(task).orElse(null), (found) -> found != null);
		odoo.editAsPerson("project.task", record.id(),
				JsonMapper.builder().build().createObjectNode().put("name", name));
		await("the name on the platform").atMost(Duration.ofSeconds(90))
			.until(() -> core.task(admin, task).get("title").asString(), name::equals);
	}

	/**
	 * A task with an empty name, written straight to the tasks topic (core-service would
	 * refuse it): Odoo refuses it, and the sync reports it failed with Odoo's reason.
	 */
	private String taskOdooRefuses(String project) {
		String task = "console-refused-" + UUID.randomUUID();
		new DeadLetters(system.infrastructure().kafka().bootstrapServers())
			.write(Topic.TASKS.name(system.topicSuffix()), task, """
					{"event_id": "%s", "type": "task.created", "schema_version": 1, "occurred_at": "%s",
					 "aggregate_id": "%s", "aggregate_version": 1,
					 "data": {"task": {"id": "%s", "project_id": "%s", "title": "", "description": "",
					          "status": "todo", "deadline": null, "assignee_ids": [], "priority": "high"}}}
					""".formatted(UUID.randomUUID(), Instant.now(), task, task, project));
		await("the sync to report the refused task").atMost(Duration.ofSeconds(90)).until(() -> {
			HttpJson.Response entity = HttpJson.get(system.odooSync().uri("/api/sync/entities/task/" + task), admin);
			return entity.status() == 200
					&& List.of("failed", "parked").contains(entity.body().get("status").asString());
		});
		return task;
	}

}
