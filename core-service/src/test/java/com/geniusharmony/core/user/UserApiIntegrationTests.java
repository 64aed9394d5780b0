package com.geniusharmony.core.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

class UserApiIntegrationTests extends CoreIntegrationTest {

	@Autowired
	private DatabaseClient database;

	@Test
	void createsAUserAndShowsItWithoutItsPassword() {
		String username = "grace-" + UUID.randomUUID().toString().substring(0, 8);
		this.api
			.call(HttpMethod.POST, "/api/users", this.api.adminToken(),
					Map.of("username", username, "email", username + "@example.com", "first_name", "Grace", "last_name",
							"Hopper", "password", "correct horse battery"))
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.id")
			.isNotEmpty()
			.jsonPath("$.id")
			.value((id) -> assertThat(id).isInstanceOf(String.class))
			.jsonPath("$.username")
			.isEqualTo(username)
			.jsonPath("$.first_name")
			.isEqualTo("Grace")
			.jsonPath("$.active")
			.isEqualTo(true)
			.jsonPath("$.version")
			.isEqualTo(1)
			.jsonPath("$.odoo_id")
			.isEmpty()
			.jsonPath("$.sync_status")
			.isEqualTo("pending")
			.jsonPath("$.password")
			.doesNotExist()
			.jsonPath("$.password_hash")
			.doesNotExist();
	}

	@Test
	void readsUpdatesAndDeactivatesAUser() {
		NewUser user = this.api.user("ada");
		this.api.call(HttpMethod.GET, "/api/users/" + user.id(), user.token(), null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(user.username());
		this.api.call(HttpMethod.PATCH, "/api/users/" + user.id(), user.token(), Map.of("last_name", "Byron"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.last_name")
			.isEqualTo("Byron")
			.jsonPath("$.first_name")
			.isEqualTo("Ada")
			.jsonPath("$.version")
			.isEqualTo(2);
		this.api.call(HttpMethod.DELETE, "/api/users/" + user.id(), this.api.adminToken(), null)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.active")
			.isEqualTo(false);
		this.api
			.call(HttpMethod.POST, "/api/auth/token", null,
					Map.of("username", user.username(), "password", user.password()))
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void listsUsersPageByPage() {
		this.api.user("page");
		this.api.user("page");
		Map<?, ?> first = this.api.ok(HttpMethod.GET, "/api/users?page=1&page_size=1", this.api.adminToken(), null);
		Map<?, ?> second = this.api.ok(HttpMethod.GET, "/api/users?page=2&page_size=1", this.api.adminToken(), null);
		assertThat((Integer) first.get("count")).isGreaterThanOrEqualTo(3);
		assertThat((List<?>) first.get("results")).hasSize(1);
		assertThat((List<?>) second.get("results")).hasSize(1);
		assertThat(first.get("results")).isNotEqualTo(second.get("results"));
		assertThat(first.get("page_size")).isEqualTo(1);
	}

	@Test
	void refusesInvalidFieldsNamingEachOne() {
		this.api
			.call(HttpMethod.POST, "/api/users", this.api.adminToken(),
					Map.of("username", "", "email", "not-an-email", "first_name", "x".repeat(151), "password", "short"))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat((List<Object>) fields).containsOnly("username", "email", "first_name",
					"password"));
	}

	@Test
	void refusesABadPageSize() {
		this.api.call(HttpMethod.GET, "/api/users?page_size=1000", this.api.adminToken(), null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page_size");
	}

	@Test
	void answers404ForAnUnknownOrMalformedId() {
		this.api.call(HttpMethod.GET, "/api/users/987654321", this.api.adminToken(), null)
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
		this.api.call(HttpMethod.GET, "/api/users/not-an-id", this.api.adminToken(), null).expectStatus().isNotFound();
		this.api.call(HttpMethod.PATCH, "/api/users/987654321", this.api.adminToken(), Map.of("first_name", "x"))
			.expectStatus()
			.isNotFound();
	}

	@Test
	void refusesADuplicateUsernameOrEmailWithoutWritingAnything() {
		NewUser user = this.api.user("dup");
		this.api
			.call(HttpMethod.POST, "/api/users", this.api.adminToken(),
					Map.of("username", user.username().toUpperCase(), "email",
							"other-" + user.username() + "@example.com", "password", "long enough password"))
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("username");
		this.api
			.call(HttpMethod.POST, "/api/users", this.api.adminToken(),
					Map.of("username", "other-" + user.username(), "email", user.username() + "@example.com",
							"password", "long enough password"))
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("email");
		assertThat(usersNamed("other-" + user.username())).isZero();
	}

	@Test
	void refusesABodyOverTheSizeLimit() {
		this.api
			.call(HttpMethod.POST, "/api/users", this.api.adminToken(),
					Map.of("username", "big", "email", "big@example.com", "password", "x".repeat(300 * 1024)))
			.expectStatus()
			.isEqualTo(413);
	}

	@Test
	void needsATokenAndLetsOnlyAdministratorsCreateUsers() {
		this.api.call(HttpMethod.GET, "/api/users", null, null).expectStatus().isUnauthorized();
		this.api.call(HttpMethod.GET, "/api/users", "not.a.token", null).expectStatus().isUnauthorized();
		NewUser user = this.api.user("plain");
		this.api
			.call(HttpMethod.POST, "/api/users", user.token(),
					Map.of("username", "x" + user.username(), "email", "x" + user.username() + "@example.com",
							"password", "long enough password"))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void showsOtherUsersOnlyToAdministrators() {
		NewUser one = this.api.user("one");
		NewUser other = this.api.user("other");
		this.api.call(HttpMethod.GET, "/api/users/" + other.id(), one.token(), null).expectStatus().isNotFound();
		this.api.call(HttpMethod.PATCH, "/api/users/" + other.id(), one.token(), Map.of("first_name", "x"))
			.expectStatus()
			.isNotFound();
		Map<?, ?> page = this.api.ok(HttpMethod.GET, "/api/users", one.token(), null);
		assertThat((List<Object>) page.get("results")).extracting((user) -> (Object) ((Map<?, ?>) user).get("id"))
			.containsExactly(one.id());
	}

	private long usersNamed(String username) {
		return this.database.sql("select count(*) from app_user where username = :u")
			.bind("u", username)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

}
