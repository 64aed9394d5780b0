package com.geniusharmony.system.flow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.system.flow.People.Person;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Users, projects and tasks created, changed and deleted through core-service land in
 * Odoo with the right fields, and core-service shows the Odoo ids they got.
 */
class OdooSyncSystemTests extends SystemTestBase {

	private static final Duration LANDING = Duration.ofSeconds(90);

	@Test
	void createdEntitiesLandInOdooAndCoreShowsTheirOdooIds() {
		People people = new People(core, admin);
		Person alice = people.create("Alice", "Martin");
		LocalDate deadline = LocalDate.now().plusDays(7);
		JsonNode project = core.createProject(alice.token(), "Intranet", alice.id(), List.of());
		String projectId = project.get("id").asString();
		String taskId = core
			.createTask(alice.token(), projectId, "Wireframes", deadline.toString(), List.of(alice.id()))
			.get("id")
			.asString();

		OdooRecord task = await("the task in Odoo").atMost(LANDING)
			.until(() -> odoo.taskOf(taskId).orElse(null), (found) -> found != null);
		OdooRecord partner = odoo.partnerOf(alice.id()).orElseThrow();
		OdooRecord odooProject = odoo.projectOf(projectId).orElseThrow();
		assertThat(partner.get("name")).isEqualTo("Alice Martin");
		assertThat(partner.get("email")).isEqualTo(alice.email());
		assertThat(odooProject.get("name")).isEqualTo("Intranet");
		assertThat(odooProject.get("partner_id")).isEqualTo(partner.id());
		assertThat(task.get("name")).isEqualTo("Wireframes");
		assertThat(task.get("project_id")).isEqualTo(odooProject.id());
		assertThat(task.get("date_deadline").toString()).startsWith(deadline.toString());

		await("core-service shows the Odoo ids").atMost(LANDING).untilAsserted(() -> {
			JsonNode coreTask = core.task(alice.token(), taskId);
			assertThat(coreTask.get("odoo_id").asLong()).isEqualTo(task.id());
			assertThat(coreTask.get("sync_status").asString()).isEqualTo("synced");
			assertThat(core.project(alice.token(), projectId).get("odoo_id").asLong()).isEqualTo(odooProject.id());
			assertThat(core.user(admin, alice.id()).get("odoo_id").asLong()).isEqualTo(partner.id());
		});
	}

	@Test
	void changesUpdateTheSameOdooRecordsAndDeletionsArchiveThem() {
		People people = new People(core, admin);
		Person owner = people.create("Chloe", "Bernard");
		Person leaving = people.create("", "");
		String projectId = core.createProject(owner.token(), "Website", owner.id(), List.of(leaving.id()))
			.get("id")
			.asString();
		String kept = core.createTask(owner.token(), projectId, "Draft", null, List.of()).get("id").asString();
		String deleted = core.createTask(owner.token(), projectId, "Obsolete", null, List.of()).get("id").asString();
		await("the first versions in Odoo").atMost(LANDING)
			.until(() -> odoo.taskOf(kept).isPresent() && odoo.taskOf(deleted).isPresent());
		int keptOdooId = odoo.taskOf(kept).orElseThrow().id();

		core.updateTask(owner.token(), kept, Map.of("title", "Final", "deadline", "2027-01-15"));
		core.deleteTask(owner.token(), deleted);
		core.deactivateUser(admin, leaving.id());

		await("the changes in Odoo").atMost(LANDING).untilAsserted(() -> {
			OdooRecord task = odoo.taskOf(kept).orElseThrow();
			assertThat(task.id()).isEqualTo(keptOdooId);
			assertThat(task.get("name")).isEqualTo("Final");
			assertThat(task.get("date_deadline").toString()).startsWith("2027-01-15");
			assertThat(odoo.taskOf(deleted).orElseThrow().active()).isFalse();
			OdooRecord partner = odoo.partnerOf(leaving.id()).orElseThrow();
			assertThat(partner.active()).isFalse();
			// a user without a first or last name is named by the username
			assertThat(partner.get("name")).isEqualTo(leaving.username());
		});
		assertThat(odoo.synced("project.task"))
			.filteredOn((record) -> record.externalIds().contains("harmony.task_" + kept))
			.hasSize(1);
	}

}
