package com.geniusharmony.system.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.harness.ServiceNode;

/**
 * core-service's REST API: tokens, users, projects and tasks.
 */
public final class CoreApi {

	private final ServiceNode core;

	public CoreApi(ServiceNode core) {
		this.core = core;
	}

	public URI uri(String path) {
		return this.core.uri(path);
	}

	public String token(String username, String password) {
		return HttpJson.post(this.core.uri("/api/auth/token"), null, Map.of("username", username, "password", password))
			.expect(200)
			.get("access_token")
			.asString();
	}

	public JsonNode createUser(String admin, String username, String email, String firstName, String lastName,
			String password) {
		return HttpJson
			.post(this.core.uri("/api/users"), admin, Map.of("username", username, "email", email, "first_name",
					firstName, "last_name", lastName, "password", password))
			.expect(201);
	}

	public JsonNode createProject(String token, String name, String ownerId, List<String> memberIds) {
		return HttpJson
			.post(this.core.uri("/api/projects"), token,
					Map.of("name", name, "description", name + " project", "owner_id", ownerId, "member_ids",
							memberIds))
			.expect(201);
	}

	public JsonNode createTask(String token, String projectId, String title, @Nullable String deadline,
			List<String> assigneeIds) {
		Map<String, Object> body = new HashMap<>();
		body.put("project_id", projectId);
		body.put("title", title);
		body.put("description", "About " + title);
		body.put("deadline", deadline);
		body.put("assignee_ids", assigneeIds);
		return HttpJson.post(this.core.uri("/api/tasks"), token, body).expect(201);
	}

	public JsonNode updateTask(String token, String taskId, Map<String, Object> changes) {
		return HttpJson.patch(this.core.uri("/api/tasks/" + taskId), token, changes).expect(200);
	}

	public void deleteTask(String token, String taskId) {
		HttpJson.delete(this.core.uri("/api/tasks/" + taskId), token).expect(204);
	}

	public JsonNode task(String token, String taskId) {
		return HttpJson.get(this.core.uri("/api/tasks/" + taskId), token).expect(200);
	}

	public JsonNode user(String token, String userId) {
		return HttpJson.get(this.core.uri("/api/users/" + userId), token).expect(200);
	}

	public JsonNode project(String token, String projectId) {
		return HttpJson.get(this.core.uri("/api/projects/" + projectId), token).expect(200);
	}

	public void deactivateUser(String admin, String userId) {
		// deactivation answers the deactivated user
		HttpJson.delete(this.core.uri("/api/users/" + userId), admin).expect(200);
	}

	/**
	 * Every page of a list, as one list.
	 * @param token the caller's token
	 * @param path the list's path, such as {@code /api/tasks}
	 * @return every item
	 */
	public List<JsonNode> all(String token, String path) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 1;; page++) {
			String separator = path.contains("?") ? "&" : "?";
			JsonNode body = HttpJson.get(this.core.uri(path + separator + "page=" + page + "&page_size=100"), token)
				.expect(200);
			body.get("results").forEach(items::add);
			if (items.size() >= body.get("count").asInt() || body.get("results").isEmpty()) {
				return items;
			}
		}
	}

}
