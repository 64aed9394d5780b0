package com.geniusharmony.core.api;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.support.testing.QueryLog;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a list costs the same few statements whatever its size: its rows, their
 * count, and one statement each for their assignees or members and their Odoo links,
 * never one per row.
 */
class ListQueryCountIntegrationTests extends CoreIntegrationTest {

	@Test
	void aPageOfTasksReadsItsAssigneesAndOdooLinksOnce() {
		NewUser owner = this.api.user("tasks-owner");
		NewUser member = this.api.user("tasks-member");
		String project = this.api.project(owner, List.of(member.id()));
		IntStream.range(0, 2).forEach((i) -> this.api.task(owner.token(), project, List.of(member.id())));
		List<String> small = statements("/api/tasks?page_size=100&project_id=" + project, owner.token(), 2);
		IntStream.range(0, 10).forEach((i) -> this.api.task(owner.token(), project, List.of(member.id())));
		List<String> large = statements("/api/tasks?page_size=100&project_id=" + project, owner.token(), 12);

		assertThat(touching(large, "from task_assignee where")).hasSize(1);
		assertThat(touching(large, "from odoo_link")).hasSize(1);
		// the rows, their count and their assignees; the links are read by kind, above
		assertThat(touching(large, "task")).hasSize(touching(small, "task").size()).hasSize(3);
	}

	@Test
	void aPageOfProjectsReadsItsMembersAndOdooLinksOnce() {
		NewUser owner = this.api.user("projects-owner");
		NewUser member = this.api.user("projects-member");
		IntStream.range(0, 2).forEach((i) -> this.api.project(owner, List.of(member.id())));
		List<String> small = statements("/api/projects?page_size=100&owner_id=" + owner.id(), owner.token(), 2);
		IntStream.range(0, 8).forEach((i) -> this.api.project(owner, List.of(member.id())));
		List<String> large = statements("/api/projects?page_size=100&owner_id=" + owner.id(), owner.token(), 10);

		assertThat(touching(large, "from project_member where")).hasSize(1);
		assertThat(touching(large, "from odoo_link")).hasSize(1);
		assertThat(touching(large, "project")).hasSize(touching(small, "project").size()).hasSize(3);
	}

	@Test
	void aPageOfUsersReadsItsOdooLinksOnce() {
		IntStream.range(0, 3).forEach((i) -> this.api.user("listed"));
		List<String> page = statements("/api/users?page_size=100", this.api.adminToken(), -1);

		assertThat(touching(page, "from odoo_link")).hasSize(1);
	}

	/** The statements of one list request, after checking it listed so many rows. */
	private List<String> statements(String path, String token, int expectedCount) {
		return QueryLog.during(() -> {
			Map<?, ?> page = this.api.ok(HttpMethod.GET, path, token, null);
			if (expectedCount >= 0) {
				assertThat(page.get("count")).isEqualTo(expectedCount);
			}
		});
	}

	/** The statements naming a table (the service's background work names others). */
	private static List<String> touching(List<String> statements, String table) {
		return statements.stream().filter((statement) -> statement.contains(table)).toList();
	}

}
