package com.geniusharmony.core;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Calls the API as a client would: gets tokens, creates users, projects and tasks with
 * unique names.
 */
public final class TestApi {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-password-1";

	private final WebTestClient web;

	private @Nullable String adminToken;

	public TestApi(WebTestClient web) {
		this.web = web;
	}

	public String token(String username, String password) {
		Map<?, ?> body = this.web.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("username", username, "password", password))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (String) body.get("access_token");
	}

	public String adminToken() {
		if (this.adminToken == null) {
			this.adminToken = token(ADMIN, ADMIN_PASSWORD);
		}
		return this.adminToken;
	}

	public WebTestClient.ResponseSpec call(HttpMethod method, String path, @Nullable String token,
			@Nullable Object body) {
		WebTestClient.RequestBodySpec request = this.web.method(method).uri(path);
		if (token != null) {
			request.headers((headers) -> headers.setBearerAuth(token));
		}
		if (body != null) {
			return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
		}
		return request.exchange();
	}

	public Map<?, ?> created(String path, String token, Object body) {
		return call(HttpMethod.POST, path, token, body).expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	public Map<?, ?> ok(HttpMethod method, String path, String token, @Nullable Object body) {
		return call(method, path, token, body).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	/** A new user, with a token of its own. */
	public NewUser user(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "password-" + username;
		Map<?, ?> user = created("/api/users", adminToken(), Map.of("username", username, "email",
				username + "@example.com", "first_name", "Ada", "last_name", "Lovelace", "password", password));
		return new NewUser((String) user.get("id"), username, password, token(username, password));
	}

	/** A new project of an owner, with members. */
	public String project(NewUser owner, List<String> memberIds) {
		return (String) created("/api/projects", owner.token(), Map.of("name", "Project " + UUID.randomUUID(),
				"description", "", "member_ids", memberIds, "start_date", "2025-01-01", "end_date", "2025-12-31"))
			.get("id");
	}

	/** A new task in a project. */
	public String task(String token, String projectId, List<String> assigneeIds) {
		return (String) created("/api/tasks", token, Map.of("project_id", projectId, "title",
				"Task " + UUID.randomUUID(), "status", "todo", "deadline", "2025-06-30", "assignee_ids", assigneeIds))
			.get("id");
	}

	/**
	 * A user made through the API.
	 *
	 * @param id the user's id
	 * @param username the login
	 * @param password the password
	 * @param token an access token of the user
	 */
	public record NewUser(String id, String username, String password, String token) {

	}

}
