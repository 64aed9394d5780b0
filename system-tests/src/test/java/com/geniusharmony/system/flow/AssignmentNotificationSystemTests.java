package com.geniusharmony.system.flow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.flow.People.Person;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Assignments made through core-service reach the people concerned as notifications they
 * read with their own token.
 */
class AssignmentNotificationSystemTests extends SystemTestBase {

	@Test
	void aNewMemberAndANewAssigneeReadTheirNotifications() {
		People people = new People(core, admin);
		Person alice = people.create("Alice", "Martin");
		Person bob = people.create("Bob", "Durand");
		JsonNode project = core.createProject(alice.token(), "Intranet", alice.id(), List.of(bob.id()));
		JsonNode task = core.createTask(alice.token(), project.get("id").asString(), "Wireframes",
				LocalDate.now().plusDays(10).toString(), List.of(bob.id()));

		await("bob's notifications").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<JsonNode> mine = notifications.mine(bob.token());
			assertThat(mine).extracting((notification) -> notification.get("type").asString())
				.containsExactlyInAnyOrder("project_assigned", "task_assigned");
		});
		List<JsonNode> mine = notifications.mine(bob.token());
		JsonNode taskAssigned = mine.stream()
			.filter((notification) -> notification.get("type").asString().equals("task_assigned"))
			.findFirst()
			.orElseThrow();
		assertThat(taskAssigned.get("emoji").asString()).isEqualTo("📋");
		assertThat(taskAssigned.get("title").asString()).contains("Wireframes");
		assertThat(taskAssigned.get("task_id").asString()).isEqualTo(task.get("id").asString());
		assertThat(taskAssigned.get("project_id").asString()).isEqualTo(project.get("id").asString());
		assertThat(taskAssigned.get("is_read").asBoolean()).isFalse();
		assertThat(notifications.unreadCount(bob.token())).isEqualTo(2);
		assertThat(notifications.mine(alice.token())).isEmpty();
	}

}
