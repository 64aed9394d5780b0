package com.geniusharmony.notification.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class AdminNotificationIntegrationTests extends NotificationIntegrationTest {

	private static final String BASE = "/api/admin/notifications";

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@ParameterizedTest
	@ValueSource(strings = { "", "/" })
	void listsEveryUsersNotificationsNewestFirst(String slash) {
		String ann = TestTokens.newUserId();
		String bob = TestTokens.newUserId();
		create(ann, NotificationType.TASK_ASSIGNED, "ann's");
		create(bob, NotificationType.PROJECT_ASSIGNED, "bob's");
		Map<String, Object> page = page(BASE + slash + "?page_size=2");
		assertThat(results(page)).extracting((n) -> n.get("user_id") + " " + n.get("title"))
			.containsExactly(bob + " " + TestNotifications.title(NotificationType.PROJECT_ASSIGNED, "bob's"),
					ann + " " + TestNotifications.title(NotificationType.TASK_ASSIGNED, "ann's"));
		assertThat((Integer) page.get("count")).isGreaterThanOrEqualTo(2);
		assertThat((String) page.get("next")).endsWith(BASE + slash + "?page_size=2&page=2");
	}

	@Test
	void filtersByUserTypeAndReadState() {
		String ann = TestTokens.newUserId();
		create(ann, NotificationType.TASK_ASSIGNED, "assigned");
		create(ann, NotificationType.DEADLINE_TODAY, "due");
		create(ann, NotificationType.DEADLINE_TODAY, "due, read");
		create(TestTokens.newUserId(), NotificationType.DEADLINE_TODAY, "someone else's");
		String readId = results(page(BASE + "/?user_id=" + ann)).get(0).get("id").toString();
		this.client.post()
			.uri("/api/notifications/" + readId + "/mark-read/")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(ann)))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(titles(BASE + "/?user_id=" + ann)).containsExactly("due, read", "due", "assigned");
		assertThat(titles(BASE + "/?user_id=" + ann + "&type=deadline_today")).containsExactly("due, read", "due");
		assertThat(titles(BASE + "/?user_id=" + ann + "&type=deadline_today&is_read=false")).containsExactly("due");
		assertThat(page(BASE + "/?user_id=" + ann + "&is_read=true")).containsEntry("count", 1);
	}

	@Test
	void refusesAnyoneButAnAdministrator() {
		this.client.get()
			.uri(BASE + "/")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(TestTokens.newUserId())))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri(BASE + "/").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void showsAndDeletesOneNotificationOfAnyUser() {
		String ann = TestTokens.newUserId();
		create(ann, NotificationType.TASK_ASSIGNED, "ann's, to delete");
		create(ann, NotificationType.TASK_ASSIGNED, "ann's, to keep");
		List<Map<String, Object>> anns = results(page(BASE + "/?user_id=" + ann));
		String deleted = anns.get(1).get("id").toString();
		String kept = anns.get(0).get("id").toString();
		this.client.get()
			.uri(BASE + "/" + deleted + "/")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.user_id")
			.isEqualTo(ann)
			.jsonPath("$.title")
			.isEqualTo(TestNotifications.title(NotificationType.TASK_ASSIGNED, "ann's, to delete"));
		this.client.delete()
			.uri(BASE + "/" + deleted)
			.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(titles(BASE + "/?user_id=" + ann)).containsExactly("ann's, to keep");
		for (String gone : List.of(deleted, "not-a-number")) {
			this.client.get()
				.uri(BASE + "/" + gone + "/")
				.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			this.client.delete()
				.uri(BASE + "/" + gone + "/")
				.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
				.exchange()
				.expectStatus()
				.isNotFound();
		}
		this.client.delete()
			.uri(BASE + "/" + kept + "/")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forUser(ann)))
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(titles(BASE + "/?user_id=" + ann)).containsExactly("ann's, to keep");
	}

	@Test
	void rejectsAnUnknownTypeNamingTheParameter() {
		this.client.get()
			.uri(BASE + "/?type=deadline_tomorrow")
			.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("type");
	}

	private void create(String user, NotificationType type, String title) {
		TestNotifications.create(this.notifications, user, type, title);
	}

	/** What the listed notifications are about: their titles without the type's words. */
	private List<String> titles(String path) {
		return results(page(path)).stream().map((n) -> n.get("title").toString().split(": ", 2)[1]).toList();
	}

	private Map<String, Object> page(String path) {
		return this.client.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestTokens.forAdmin("admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> results(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("results");
	}

}
