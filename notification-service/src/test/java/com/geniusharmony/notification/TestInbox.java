package com.geniusharmony.notification;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One user's calls to {@code /api/notifications}, as the frontend makes them, with the
 * user's token.
 */
public final class TestInbox {

	public static final String BASE = "/api/notifications";

	private final WebTestClient client;

	private final String token;

	private TestInbox(WebTestClient client, String token) {
		this.client = client;
		this.token = token;
	}

	public static TestInbox of(WebTestClient client, String user) {
		return new TestInbox(client, TestTokens.forUser(user));
	}

	public static TestInbox withToken(WebTestClient client, String token) {
		return new TestInbox(client, token);
	}

	/** A call whose answer the test checks. */
	public WebTestClient.ResponseSpec exchange(HttpMethod method, String path, @Nullable Object body) {
		WebTestClient.RequestBodySpec request = this.client.method(method)
			.uri(BASE + path)
			.headers((headers) -> headers.setBearerAuth(this.token));
		return ((body != null) ? request.bodyValue(body) : request).exchange();
	}

	/** A call that must answer 200, and its JSON body. */
	public Map<String, Object> ok(HttpMethod method, String path, @Nullable Object body) {
		return exchange(method, path, body).expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	public Map<String, Object> get(String path) {
		return ok(HttpMethod.GET, path, null);
	}

	public Map<String, Object> post(String path) {
		return ok(HttpMethod.POST, path, null);
	}

	public Map<String, Object> post(String path, Object body) {
		return ok(HttpMethod.POST, path, body);
	}

	/** The inbox's counts: unread, unseen, total. */
	public Map<String, Object> counts() {
		return get("/counts/");
	}

	/** The results of a list, such as {@code /?view=archived} or {@code /inbox/}. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> list(String path) {
		return (List<Map<String, Object>>) get(path).get("results");
	}

	/** The ids of a list's results, in order. */
	public List<String> ids(String path) {
		return list(path).stream().map((n) -> (String) n.get("id")).toList();
	}

	/** Checks that a call is refused with a 400 naming the parameter or field. */
	public void assertBadRequest(HttpMethod method, String path, @Nullable Object body, String field) {
		exchange(method, path, body).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
