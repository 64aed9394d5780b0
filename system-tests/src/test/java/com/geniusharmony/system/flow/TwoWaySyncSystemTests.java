package com.geniusharmony.system.flow;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.system.api.HttpJson;
import com.geniusharmony.system.flow.People.Person;
import com.geniusharmony.system.harness.HarmonySystem;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * People also work in Odoo: a task closed there is done on the platform and gets no more
 * deadline reminders, and a platform user assigned there is notified; the platform's own
 * later change of another field does not undo it.
 */
class TwoWaySyncSystemTests extends SystemTestBase {

	private static final Duration BACK = Duration.ofSeconds(90);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aTaskClosedAndAPersonAssignedInOdooComeBackToThePlatform() {
		People people = new People(core, admin);
		Person alice = people.create("Alice", "Martin");
		JsonNode marieUser = core.createUser(admin, "marie", HarmonySystem.ODOO_PERSON.email(), "Marie", "Curie",
				People.PASSWORD);
		String marie = marieUser.get("id").asString();
		String marieToken = core.token("marie", People.PASSWORD);
		// due today in UTC: today, tomorrow or overdue wherever the reminders' zone is
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		String projectId = core.createProject(alice.token(), "Launch", alice.id(), List.of()).get("id").asString();
		String report = core.createTask(alice.token(), projectId, "Report", today, List.of(alice.id()))
			.get("id")
			.asString();
		String slides = core.createTask(alice.token(), projectId, "Slides", today, List.of()).get("id").asString();
		OdooRecord odooReport = await("the report in Odoo").atMost(BACK)
			.until(() -> odoo.taskOf(report).orElse(null), (found) -> found != null);
		OdooRecord odooSlides = await("the slides in Odoo").atMost(BACK)
			.until(() -> odoo.taskOf(slides).orElse(null), (found) -> found != null);

		int marieInOdoo = odoo.userId(HarmonySystem.ODOO_PERSON.login());
		var close = JSON.createObjectNode().put("state", "1_done");
		close.putArray("user_ids").add(marieInOdoo);
		odoo.editAsPerson("project.task", odooReport.id(), close);
		var rename = JSON.createObjectNode().put("name", "Slides, final");
		rename.putArray("user_ids").add(marieInOdoo);
		odoo.editAsPerson("project.task", odooSlides.id(), rename);

		await("Odoo's changes on the platform").atMost(BACK).untilAsserted(() -> {
			JsonNode closed = core.task(alice.token(), report);
			assertThat(closed.get("status").asString()).isEqualTo("done");
			assertThat(closed.get("assignee_ids").valueStream().map(JsonNode::asString)).containsExactly(alice.id(),
					marie);
			JsonNode changed = core.task(alice.token(), slides);
			assertThat(changed.get("title").asString()).isEqualTo("Slides, final");
			assertThat(changed.get("assignee_ids").valueStream().map(JsonNode::asString)).containsExactly(marie);
		});
		// each assignment event carries its task's whole state: once marie is told of
		// both,
		// the reminders know the report is done
		await("marie is told of her assignments").atMost(BACK)
			.untilAsserted(() -> assertThat(notifications.mine(marieToken))
				.filteredOn((notification) -> notification.get("type").asString().equals("task_assigned"))
				.extracting((notification) -> notification.get("task_id").asString())
				.containsExactlyInAnyOrder(report, slides));

		// a later platform change of another field leaves Odoo's changes in Odoo
		core.updateTask(alice.token(), slides, Map.of("description", "Ten slides at most"));
		await("the description in Odoo").atMost(BACK).untilAsserted(() -> {
			OdooRecord written = odoo.taskOf(slides).orElseThrow();
			assertThat(String.valueOf(written.get("description"))).contains("Ten slides at most");
			assertThat(written.get("name")).isEqualTo("Slides, final");
			assertThat(written.get("user_ids")).isEqualTo(List.of(marieInOdoo));
			assertThat(odoo.taskOf(report).orElseThrow().get("state")).isEqualTo("1_done");
		});

		// the day's reminders: the slides are due, the report is done
		assertThat(HttpJson.post(system.scheduler().uri("/api/ticks/deadline-check"), admin, null).status()).isIn(200,
				202);
		await("marie's reminder").atMost(BACK)
			.untilAsserted(() -> assertThat(notifications.mine(marieToken)).anySatisfy((notification) -> {
				assertThat(notification.get("type").asString()).startsWith("deadline_");
				assertThat(notification.get("task_id").asString()).isEqualTo(slides);
			}));
		for (String token : List.of(alice.token(), marieToken)) {
			assertThat(notifications.mine(token))
				.filteredOn((notification) -> notification.get("type").asString().startsWith("deadline_"))
				.extracting((notification) -> notification.get("task_id").asString())
				.doesNotContain(report);
		}
	}

}
