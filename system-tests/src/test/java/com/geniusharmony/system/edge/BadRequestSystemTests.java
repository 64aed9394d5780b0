package com.geniusharmony.system.edge;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.api.HttpJson;
import com.geniusharmony.system.api.HttpJson.Response;
import com.geniusharmony.system.harness.HarmonySystem;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests a well-behaved client would not send, at each service's public edge: each gets
 * a clear problem-details answer, and a good request right after still goes through.
 */
class BadRequestSystemTests extends SystemTestBase {

	@Test
	void malformedJsonIsA400ThatSaysSo() {
		Response answer = HttpJson.raw("POST", system.core().uri("/api/projects"), admin, "{\"name\": ");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().get("status").asInt()).isEqualTo(400);
		assertThat(answer.body().get("title").asString()).isNotBlank();
	}

	@Test
	void anInvalidFieldIsA400NamingTheField() {
		Response answer = HttpJson.post(system.core().uri("/api/tasks"), admin,
				Map.of("title", "No project", "status", "someday"));

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().get("errors").findValuesAsString("field")).contains("project_id");
	}

	@Test
	void anOversizedRequestIsRefusedWithoutHarm() {
		String huge = "x".repeat(2 * 1024 * 1024);
		Response answer = HttpJson.post(system.core().uri("/api/projects"), admin,
				Map.of("name", "Huge", "description", huge));

		assertThat(answer.status()).isEqualTo(413);
		JsonNode project = core.createProject(admin, "Right after the huge one", adminId(), List.of());
		assertThat(project.get("name").asString()).isEqualTo("Right after the huge one");
	}

	@Test
	void missingBadAndForgedTokensAre401AtEveryService() {
		String forged = admin.substring(0, admin.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
		for (var endpoint : List.of(system.core().uri("/api/tasks"), system.notifications().uri("/api/notifications/"),
				system.odooSync().uri("/api/sync/status"))) {
			assertThat(HttpJson.get(endpoint, null).status()).as("no token at %s", endpoint).isEqualTo(401);
			assertThat(HttpJson.get(endpoint, "not-a-jwt").status()).as("garbage at %s", endpoint).isEqualTo(401);
			assertThat(HttpJson.get(endpoint, forged).status()).as("forged at %s", endpoint).isEqualTo(401);
			assertThat(HttpJson.get(endpoint, admin).status()).as("good token at %s", endpoint).isEqualTo(200);
		}
	}

	@Test
	void aBadQueryValueIsA400AtTheNotificationApi() {
		Response answer = HttpJson.get(system.notifications().uri("/api/notifications/?page_size=100000"), admin);

		assertThat(answer.status()).isEqualTo(400);
	}

	private static String adminId() {
		return core.all(admin, "/api/users")
			.stream()
			.filter((user) -> user.get("username").asString().equals(HarmonySystem.ADMIN_USERNAME))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

}
