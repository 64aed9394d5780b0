package com.geniusharmony.core.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class TaskApiIntegrationTests extends CoreIntegrationTest {

	@Test
	void createsATaskWithAssigneesAndADeadline() {
		NewUser owner = this.api.user("owner");
		NewUser assignee = this.api.user("assignee");
		String project = this.api.project(owner, List.of(assignee.id()));
		this.api
			.call(HttpMethod.POST, "/api/tasks", owner.token(),
					Map.of("project_id", project, "title", "Write the report", "description", "", "status",
							"in_progress", "deadline", "2025-06-30", "assignee_ids", List.of(assignee.id())))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.project_id")
			.isEqualTo(project)
			.jsonPath("$.status")
			.isEqualTo("in_progress")
			.jsonPath("$.deadline")
			.isEqualTo("2025-06-30")
			.jsonPath("$.assignee_ids")
			.isEqualTo(List.of(assignee.id()))
			.jsonPath("$.version")
			.isEqualTo(1);
	}

	@Test
	void updatesClearsTheDeadlineAndDeletes() {
		NewUser owner = this.api.user("owner");
		NewUser assignee = this.api.user("assignee");
		String project = this.api.project(owner, List.of());
		String task = this.api.task(owner.token(), project, List.of());
		Map<String, Object> patch = new HashMap<>();
		patch.put("status", "done");
		patch.put("deadline", null);
		patch.put("assignee_ids", List.of(assignee.id()));
		Map<?, ?> updated = this.api.ok(HttpMethod.PATCH, "/api/tasks/" + task, owner.token(), patch);
		assertThat(updated.get("status")).isEqualTo("done");
		assertThat(updated.get("deadline")).isNull();
		assertThat(updated.get("assignee_ids")).isEqualTo(List.of(assignee.id()));
		// one change, three events: updated, deadline changed, assignee added
		assertThat(updated.get("version")).isEqualTo(4);
		this.api.call(HttpMethod.GET, "/api/tasks/" + task, assignee.token(), null).expectStatus().isOk();
		this.api.call(HttpMethod.DELETE, "/api/tasks/" + task, owner.token(), null).expectStatus().isNoContent();
		this.api.call(HttpMethod.GET, "/api/tasks/" + task, owner.token(), null).expectStatus().isNotFound();
	}

	@Test
	void listsTasksOfAProjectPageByPage() {
		NewUser owner = this.api.user("owner");
		String project = this.api.project(owner, List.of());
		String first = this.api.task(owner.token(), project, List.of());
		String second = this.api.task(owner.token(), project, List.of());
		this.api.task(owner.token(), this.api.project(owner, List.of()), List.of());
		Map<?, ?> page = this.api.ok(HttpMethod.GET, "/api/tasks?project_id=" + project + "&page_size=1&page=2",
				owner.token(), null);
		assertThat(page.get("count")).isEqualTo(2);
		assertThat(ids(page)).containsExactly(second);
		assertThat(ids(this.api.ok(HttpMethod.GET, "/api/tasks?project_id=" + project, owner.token(), null)))
			.containsExactly(first, second);
	}

	@Test
	void showsTasksOnlyToWhoBelongsToTheProjectOrIsAssigned() {
		NewUser owner = this.api.user("owner");
		NewUser stranger = this.api.user("stranger");
		String project = this.api.project(owner, List.of());
		String task = this.api.task(owner.token(), project, List.of());
		this.api.call(HttpMethod.GET, "/api/tasks/" + task, stranger.token(), null).expectStatus().isNotFound();
		assertThat(ids(this.api.ok(HttpMethod.GET, "/api/tasks?project_id=" + project, stranger.token(), null)))
			.isEmpty();
		this.api.call(HttpMethod.POST, "/api/tasks", stranger.token(), Map.of("project_id", project, "title", "x"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("project_id");
	}

	@Test
	void refusesInvalidFieldsNamingEachOne() {
		NewUser owner = this.api.user("owner");
		String project = this.api.project(owner, List.of());
		this.api
			.call(HttpMethod.POST, "/api/tasks", owner.token(),
					Map.of("project_id", project, "title", "", "status", "blocked"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsOnly("title", "status"));
		this.api
			.call(HttpMethod.POST, "/api/tasks", owner.token(),
					Map.of("project_id", project, "title", "t", "deadline", "30/06/2025"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("deadline");
		this.api.call(HttpMethod.POST, "/api/tasks", owner.token(), Map.of("project_id", "999999999", "title", "t"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("project_id");
		this.api
			.call(HttpMethod.POST, "/api/tasks", owner.token(),
					Map.of("project_id", project, "title", "t", "assignee_ids", List.of("999999999")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("assignee_ids[0]");
		this.api.call(HttpMethod.GET, "/api/tasks?status=blocked", owner.token(), null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
	}

	@Test
	void answers404ForAnUnknownTask() {
		this.api.call(HttpMethod.GET, "/api/tasks/999999999", this.api.adminToken(), null).expectStatus().isNotFound();
		this.api.call(HttpMethod.PATCH, "/api/tasks/999999999", this.api.adminToken(), Map.of("title", "x"))
			.expectStatus()
			.isNotFound();
		this.api.call(HttpMethod.DELETE, "/api/tasks/x1", this.api.adminToken(), null).expectStatus().isNotFound();
	}

	private static List<Object> ids(Map<?, ?> page) {
		return ((List<?>) page.get("results")).stream().map((item) -> (Object) ((Map<?, ?>) item).get("id")).toList();
	}

}
