package com.geniusharmony.notification.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationApiIntegrationTests extends NotificationIntegrationTest {

	private static final String BASE = "/api/notifications";

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void listsOnlyTheCallersNotificationsNewestFirst(String slash) {
		String user = TestTokens.newUserId();
		seed(user, 3);
		seed(TestTokens.newUserId(), 2);
		Map<String, Object> page = getPage(user, BASE + slash);
		assertThat(page).containsEntry("count", 3).containsEntry("next", null).containsEntry("previous", null);
		assertThat(results(page)).extracting((n) -> n.get("title"))
			.containsExactly("📋 New task: task 2", "📋 New task: task 1", "📋 New task: task 0");
		Map<String, Object> newest = results(page).get(0);
		assertThat(newest.get("id")).isInstanceOf(String.class);
		assertThat(newest).containsEntry("type", "task_assigned")
			.containsEntry("emoji", "📋")
			.containsEntry("message", "You were assigned to the task \"task 2\" in project \"Project 2\".")
			.containsEntry("is_read", false)
			.containsEntry("read_at", null)
			.containsEntry("task_id", "task-2")
			.containsEntry("project_id", "project-1")
			.containsKey("created_at");
	}

	@Test
	void listsAnEmptyPageForAUserWithoutNotifications() {
		Map<String, Object> page = getPage(TestTokens.newUserId(), BASE + "/");
		assertThat(page).containsEntry("count", 0).containsEntry("next", null).containsEntry("previous", null);
		assertThat(results(page)).isEmpty();
	}

	@Test
	void linksAdjacentPagesAtAnExactPageBoundary() {
		String user = TestTokens.newUserId();
		seed(user, 4);
		Map<String, Object> first = getPage(user, BASE + "/?page_size=2");
		assertThat(results(first)).hasSize(2);
		assertThat(first.get("previous")).isNull();
		assertThat((String) first.get("next")).endsWith(BASE + "/?page_size=2&page=2");
		Map<String, Object> second = getPage(user, BASE + "/?page_size=2&page=2");
		assertThat(results(second)).extracting((n) -> n.get("title"))
			.containsExactly("📋 New task: task 1", "📋 New task: task 0");
		assertThat(second.get("next")).isNull();
		assertThat((String) second.get("previous")).endsWith(BASE + "/?page_size=2");
	}

	@Test
	void servesAPartialLastPageAndNothingPastIt() {
		String user = TestTokens.newUserId();
		seed(user, 5);
		Map<String, Object> last = getPage(user, BASE + "?page=3&page_size=2");
		assertThat(last).containsEntry("count", 5).containsEntry("next", null);
		assertThat(results(last)).extracting((n) -> n.get("title")).containsExactly("📋 New task: task 0");
		assertThat((String) last.get("previous")).endsWith(BASE + "?page_size=2&page=2");
		Map<String, Object> past = getPage(user, BASE + "?page=9&page_size=2");
		assertThat(results(past)).isEmpty();
		assertThat(past.get("next")).isNull();
		assertThat((String) past.get("previous")).endsWith(BASE + "?page_size=2&page=3");
	}

	@Test
	void usesPagesOfTwentyByDefault() {
		String user = TestTokens.newUserId();
		seed(user, 21);
		Map<String, Object> first = getPage(user, BASE + "/");
		assertThat(results(first)).hasSize(20);
		assertThat((String) first.get("next")).endsWith(BASE + "/?page=2");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void filtersByReadState(String slash) {
		String user = TestTokens.newUserId();
		List<String> ids = seed(user, 3);
		post(user, BASE + "/" + ids.get(0) + "/mark-read/").expectStatus().isOk();
		Map<String, Object> unread = getPage(user, BASE + slash + "?is_read=false");
		assertThat(unread).containsEntry("count", 2);
		assertThat(results(unread)).extracting((n) -> n.get("id")).containsExactly(ids.get(2), ids.get(1));
		Map<String, Object> read = getPage(user, BASE + slash + "?is_read=true");
		assertThat(read).containsEntry("count", 1);
		assertThat(results(read)).extracting((n) -> n.get("id")).containsExactly(ids.get(0));
	}

	@ParameterizedTest
	@CsvSource({ "page=0, page", "page=abc, page", "page_size=0, page_size", "page_size=101, page_size",
			"page_size=x, page_size", "is_read=maybe, is_read" })
	void rejectsBadPagingAndFilterValues(String query, String field) {
		for (String path : List.of(BASE + "?" + query, BASE + "/?" + query)) {
			exchange(HttpMethod.GET, TestTokens.newUserId(), path).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(field);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/unread-count", "/unread-count/" })
	void countsOnlyTheCallersUnreadNotifications(String path) {
		String user = TestTokens.newUserId();
		List<String> ids = seed(user, 3);
		seed(TestTokens.newUserId(), 4);
		post(user, BASE + "/" + ids.get(1) + "/mark-read").expectStatus().isOk();
		exchange(HttpMethod.GET, user, BASE + path).expectStatus().isOk().expectBody().json("{\"count\": 2}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void getsOneNotification(String slash) {
		String user = TestTokens.newUserId();
		String id = seed(user, 1).get(0);
		exchange(HttpMethod.GET, user, BASE + "/" + id + slash).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.title")
			.isEqualTo("📋 New task: task 0");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void marksOneNotificationReadOnce(String slash) {
		String user = TestTokens.newUserId();
		List<String> ids = seed(user, 2);
		Map<String, Object> marked = body(post(user, BASE + "/" + ids.get(0) + "/mark-read" + slash));
		assertThat(marked).containsEntry("id", ids.get(0)).containsEntry("is_read", true);
		assertThat(marked.get("read_at")).isNotNull();
		Map<String, Object> again = body(post(user, BASE + "/" + ids.get(0) + "/mark-read" + slash));
		assertThat(again.get("read_at")).isEqualTo(marked.get("read_at"));
		assertThat(getPage(user, BASE + "/?is_read=false")).containsEntry("count", 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void marksAllOfTheCallersNotificationsRead(String slash) {
		String user = TestTokens.newUserId();
		String other = TestTokens.newUserId();
		seed(user, 3);
		seed(other, 2);
		post(user, BASE + "/mark-all-read" + slash).expectStatus().isOk().expectBody().json("{\"marked\": 3}");
		post(user, BASE + "/mark-all-read" + slash).expectStatus().isOk().expectBody().json("{\"marked\": 0}");
		assertThat(getPage(user, BASE + "/?is_read=false")).containsEntry("count", 0);
		assertThat(getPage(other, BASE + "/?is_read=false")).containsEntry("count", 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void deletesOneNotification(String slash) {
		String user = TestTokens.newUserId();
		List<String> ids = seed(user, 2);
		exchange(HttpMethod.DELETE, user, BASE + "/" + ids.get(0) + slash).expectStatus()
			.isNoContent()
			.expectBody()
			.isEmpty();
		exchange(HttpMethod.GET, user, BASE + "/" + ids.get(0) + slash).expectStatus().isNotFound();
		exchange(HttpMethod.DELETE, user, BASE + "/" + ids.get(0) + slash).expectStatus().isNotFound();
		assertThat(getPage(user, BASE)).containsEntry("count", 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void deletesOnlyTheCallersReadNotifications(String slash) {
		String user = TestTokens.newUserId();
		String other = TestTokens.newUserId();
		List<String> ids = seed(user, 3);
		seed(other, 1);
		post(other, BASE + "/mark-all-read/").expectStatus().isOk();
		post(user, BASE + "/" + ids.get(0) + "/mark-read/").expectStatus().isOk();
		post(user, BASE + "/" + ids.get(2) + "/mark-read/").expectStatus().isOk();
		exchange(HttpMethod.DELETE, user, BASE + "/delete-all-read" + slash).expectStatus()
			.isOk()
			.expectBody()
			.json("{\"deleted\": 2}");
		assertThat(results(getPage(user, BASE))).extracting((n) -> n.get("id")).containsExactly(ids.get(1));
		assertThat(getPage(other, BASE)).containsEntry("count", 1);
	}

	@ParameterizedTest
	@CsvSource({ "GET, ''", "GET, /", "POST, /mark-read", "POST, /mark-read/", "DELETE, ''", "DELETE, /" })
	void answersNotFoundForAnotherUsersNotificationWithoutItsContent(HttpMethod method, String path) {
		String owner = TestTokens.newUserId();
		String id = seed(owner, 1).get(0);
		String body = exchange(method, TestTokens.newUserId(), BASE + "/" + id + path).expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("task 0").doesNotContain(owner);
		assertThat(results(getPage(owner, BASE))).singleElement().satisfies((n) -> {
			assertThat(n).containsEntry("is_read", false);
		});
	}

	@Test
	void answersNotFoundForAnIdThatCannotExist() {
		exchange(HttpMethod.GET, TestTokens.newUserId(), BASE + "/not-a-number/").expectStatus().isNotFound();
	}

	@ParameterizedTest
	@ValueSource(strings = { BASE, BASE + "/", BASE + "/unread-count/", BASE + "/1/" })
	void refusesRequestsWithoutAValidToken(String path) {
		this.client.get().uri(path).exchange().expectStatus().isUnauthorized();
		this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth("not-a-token"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.signedWithAnotherSecret("someone")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	/**
	 * Stores {@code count} notifications, oldest first, and returns their ids in that
	 * order.
	 */
	private List<String> seed(String user, int count) {
		IntStream.range(0, count)
			.forEach((i) -> this.notifications
				.create(new NewNotification(user, NotificationType.TASK_ASSIGNED,
						NotificationParams.ofTask("task " + i, "Project " + i), "task-" + i, "project-1",
						UUID.randomUUID().toString()))
				.block());
		List<String> ids = new ArrayList<>(
				results(getPage(user, BASE + "/?page_size=100")).stream().map((n) -> (String) n.get("id")).toList());
		Collections.reverse(ids);
		return ids;
	}

	private Map<String, Object> getPage(String user, String path) {
		return body(exchange(HttpMethod.GET, user, path).expectStatus().isOk());
	}

	private WebTestClient.ResponseSpec post(String user, String path) {
		return exchange(HttpMethod.POST, user, path);
	}

	private WebTestClient.ResponseSpec exchange(HttpMethod method, String user, String path) {
		return this.client.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(user)))
			.exchange();
	}

	private static Map<String, Object> body(WebTestClient.ResponseSpec response) {
		return response.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
		}).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> results(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("results");
	}

}
