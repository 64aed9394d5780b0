package com.geniusharmony.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads a user's notifications through the REST API, as the frontend does.
 */
public final class TestApi {

	private final WebTestClient client;

	public TestApi(WebTestClient client) {
		this.client = client;
	}

	/** The user's notifications, newest first (up to 100). */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> notificationsOf(String user) {
		Map<String, Object> page = this.client.get()
			.uri("/api/notifications/?page_size=100")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(user)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		return (List<Map<String, Object>>) page.get("results");
	}

	/** Waits until the user has exactly this many notifications. */
	public List<Map<String, Object>> awaitCount(String user, int count) {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(notificationsOf(user)).hasSize(count));
		return notificationsOf(user);
	}

}
