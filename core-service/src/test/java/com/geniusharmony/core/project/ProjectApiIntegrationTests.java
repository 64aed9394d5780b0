package com.geniusharmony.core.project;

import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectApiIntegrationTests extends CoreIntegrationTest {

	@Test
	void createsAProjectOwnedByTheCallerWithItsMembers() {
		NewUser owner = this.api.user("owner");
		NewUser member = this.api.user("member");
		this.api
			.call(HttpMethod.POST, "/api/projects", owner.token(),
					Map.of("name", "Apollo", "description", "to the moon", "member_ids", List.of(member.id()),
							"start_date", "2025-01-01", "end_date", "2025-12-31"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.name")
			.isEqualTo("Apollo")
			.jsonPath("$.owner_id")
			.isEqualTo(owner.id())
			.jsonPath("$.member_ids")
			.isEqualTo(List.of(member.id()))
			.jsonPath("$.start_date")
			.isEqualTo("2025-01-01")
			.jsonPath("$.archived")
			.isEqualTo(false)
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.sync_status")
			.isEqualTo("pending");
	}

	@Test
	void addsAndRemovesMembersAndArchives() {
		NewUser owner = this.api.user("owner");
		NewUser member = this.api.user("member");
		String project = this.api.project(owner, List.of());
		Map<?, ?> added = this.api.ok(HttpMethod.POST, "/api/projects/" + project + "/members", owner.token(),
				Map.of("user_id", member.id()));
		assertThat(added.get("member_ids")).isEqualTo(List.of(member.id()));
		this.api.call(HttpMethod.GET, "/api/projects/" + project, member.token(), null).expectStatus().isOk();
		Map<?, ?> removed = this.api.ok(HttpMethod.DELETE, "/api/projects/" + project + "/members/" + member.id(),
				owner.token(), null);
		assertThat(removed.get("member_ids")).isEqualTo(List.of());
		assertThat(removed.get("version")).isEqualTo(3);
		this.api.call(HttpMethod.GET, "/api/projects/" + project, member.token(), null).expectStatus().isNotFound();
		this.api.call(HttpMethod.DELETE, "/api/projects/" + project + "/members/" + member.id(), owner.token(), null)
			.expectStatus()
			.isNotFound();
		Map<?, ?> archived = this.api.ok(HttpMethod.DELETE, "/api/projects/" + project, owner.token(), null);
		assertThat(archived.get("archived")).isEqualTo(true);
	}

	@Test
	void updatesOnlyTheFieldsGivenAndClearsADate() {
		NewUser owner = this.api.user("owner");
		String project = this.api.project(owner, List.of());
		Map<String, Object> patch = new java.util.HashMap<>();
		patch.put("description", "new words");
		patch.put("end_date", null);
		Map<?, ?> updated = this.api.ok(HttpMethod.PATCH, "/api/projects/" + project, owner.token(), patch);
		assertThat(updated.get("description")).isEqualTo("new words");
		assertThat(updated.get("end_date")).isNull();
		assertThat(updated.get("start_date")).isEqualTo("2025-01-01");
		assertThat(updated.get("version")).isEqualTo(2);
	}

	@Test
	void listsOnlyTheCallersProjectsAndFilters() {
		NewUser owner = this.api.user("owner");
		NewUser member = this.api.user("member");
		NewUser stranger = this.api.user("stranger");
		String mine = this.api.project(owner, List.of(member.id()));
		String archived = this.api.project(owner, List.of());
		this.api.ok(HttpMethod.DELETE, "/api/projects/" + archived, owner.token(), null);
		assertThat(ids(this.api.ok(HttpMethod.GET, "/api/projects", member.token(), null))).containsExactly(mine);
		assertThat(ids(this.api.ok(HttpMethod.GET, "/api/projects?archived=false", owner.token(), null)))
			.containsExactly(mine);
		assertThat(
				ids(this.api.ok(HttpMethod.GET, "/api/projects?member_id=" + member.id(), this.api.adminToken(), null)))
			.containsExactly(mine);
		assertThat(ids(this.api.ok(HttpMethod.GET, "/api/projects", stranger.token(), null))).isEmpty();
		this.api.call(HttpMethod.GET, "/api/projects/" + mine, stranger.token(), null).expectStatus().isNotFound();
	}

	@Test
	void letsOnlyTheOwnerOrAnAdministratorChangeAProject() {
		NewUser owner = this.api.user("owner");
		NewUser member = this.api.user("member");
		String project = this.api.project(owner, List.of(member.id()));
		this.api.call(HttpMethod.PATCH, "/api/projects/" + project, member.token(), Map.of("name", "mine now"))
			.expectStatus()
			.isForbidden();
		this.api.call(HttpMethod.PATCH, "/api/projects/" + project, this.api.adminToken(), Map.of("name", "renamed"))
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesInvalidFieldsNamingEachOne() {
		NewUser owner = this.api.user("owner");
		this.api
			.call(HttpMethod.POST, "/api/projects", owner.token(),
					Map.of("name", "", "start_date", "2025-13-45", "member_ids", List.of()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("start_date");
		this.api.call(HttpMethod.POST, "/api/projects", owner.token(), Map.of("description", "no name"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		this.api
			.call(HttpMethod.POST, "/api/projects", owner.token(),
					Map.of("name", "dates", "start_date", "2025-02-01", "end_date", "2025-01-01"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("end_date");
		this.api
			.call(HttpMethod.POST, "/api/projects", owner.token(),
					Map.of("name", "members", "member_ids", List.of(owner.id(), "999999999")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("member_ids[1]");
		this.api
			.call(HttpMethod.POST, "/api/projects/" + this.api.project(owner, List.of()) + "/members", owner.token(),
					Map.of("user_id", "999999999"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("user_id");
	}

	@Test
	void answers404ForAnUnknownProject() {
		this.api.call(HttpMethod.GET, "/api/projects/999999999", this.api.adminToken(), null)
			.expectStatus()
			.isNotFound();
		this.api.call(HttpMethod.DELETE, "/api/projects/nope", this.api.adminToken(), null).expectStatus().isNotFound();
	}

	private static List<Object> ids(Map<?, ?> page) {
		return ((List<?>) page.get("results")).stream().map((item) -> (Object) ((Map<?, ?>) item).get("id")).toList();
	}

}
