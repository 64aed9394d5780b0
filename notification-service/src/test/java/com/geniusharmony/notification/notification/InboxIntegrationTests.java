package com.geniusharmony.notification.notification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox's states, counts, bulk actions and cursor pages, through the REST API.
 */
class InboxIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private DatabaseClient database;

	@Test
	void countsUnreadUnseenAndAllAndOpeningTheBellMarksEverythingSeen() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		assertThat(inbox.counts()).containsExactly(Map.entry("unread", 0), Map.entry("unseen", 0),
				Map.entry("total", 0));
		List<String> ids = store(user, 3);
		assertThat(inbox.counts()).containsEntry("unread", 3).containsEntry("unseen", 3).containsEntry("total", 3);
		assertThat(inbox.post("/bulk/", Map.of("action", "mark_seen"))).containsEntry("updated", 3);
		assertThat(inbox.list("/")).allSatisfy((n) -> assertThat(n.get("seen_at")).isNotNull());
		inbox.post("/" + ids.get(0) + "/mark-read/");
		assertThat(inbox.counts()).containsEntry("unread", 2).containsEntry("unseen", 0).containsEntry("total", 3);
		store(user, 1);
		assertThat(inbox.counts()).containsEntry("unread", 3).containsEntry("unseen", 1).containsEntry("total", 4);
		assertThat(inbox.get("/unread-count/")).containsEntry("count", 3);
	}

	@Test
	void marksOneNotificationSeenReadAndUnreadAgain() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String id = store(user, 1).get(0);
		Map<String, Object> seen = inbox.post("/" + id + "/mark-seen/");
		assertThat(seen).containsEntry("is_read", false);
		assertThat(seen.get("seen_at")).isNotNull();
		Map<String, Object> read = inbox.post("/" + id + "/mark-read/");
		assertThat(read).containsEntry("is_read", true).containsEntry("seen_at", seen.get("seen_at"));
		assertThat(inbox.post("/" + id + "/mark-unread/")).containsEntry("is_read", false)
			.containsEntry("read_at", null);
		assertThat(inbox.counts()).containsEntry("unread", 1).containsEntry("unseen", 0);
	}

	@Test
	void archivesOutOfTheInboxIntoTheArchiveAndBack() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		List<String> ids = store(user, 3);
		Map<String, Object> archived = inbox.post("/" + ids.get(1) + "/archive/");
		assertThat(archived.get("archived_at")).isNotNull();
		assertThat(inbox.ids("/")).containsExactly(ids.get(2), ids.get(0));
		assertThat(inbox.get("/")).containsEntry("count", 2);
		assertThat(inbox.ids("/inbox/")).containsExactly(ids.get(2), ids.get(0));
		assertThat(inbox.ids("/?view=archived")).containsExactly(ids.get(1));
		assertThat(inbox.ids("/inbox/?view=archived")).containsExactly(ids.get(1));
		assertThat(inbox.counts()).containsEntry("unread", 2).containsEntry("total", 2);
		assertThat(inbox.get("/unread-count/")).containsEntry("count", 2);
		// still one of the caller's: it reads and deletes as before
		assertThat(inbox.get("/" + ids.get(1) + "/")).containsEntry("id", ids.get(1));
		assertThat(inbox.post("/" + ids.get(1) + "/unarchive/")).containsEntry("archived_at", null);
		assertThat(inbox.ids("/")).containsExactly(ids.get(2), ids.get(1), ids.get(0));
	}

	@Test
	void snoozesOutOfTheInboxUntilItsTime() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		List<String> ids = store(user, 2);
		Instant inAnHour = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> snoozed = inbox.post("/" + ids.get(0) + "/snooze/", Map.of("until", inAnHour.toString()));
		assertThat(Instant.parse((String) snoozed.get("snoozed_until"))).isEqualTo(inAnHour);
		assertThat(inbox.ids("/")).containsExactly(ids.get(1));
		assertThat(inbox.ids("/?view=snoozed")).containsExactly(ids.get(0));
		assertThat(inbox.counts()).containsEntry("unread", 1).containsEntry("total", 1);
	}

	@Test
	void actsInBulkOnAllOneTypeOrTheOlderNotifications() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String oldTask = store(user, NotificationType.TASK_ASSIGNED, "old task");
		String oldProject = store(user, NotificationType.PROJECT_ASSIGNED, "old project");
		Instant cutoff = Instant.parse("2026-01-01T00:00:00Z");
		this.database.sql("update notification set created_at = :at where id in (:ids)")
			.bind("at", cutoff.minusSeconds(60))
			.bind("ids", List.of(Long.valueOf(oldTask), Long.valueOf(oldProject)))
			.then()
			.block();
		String newTask = store(user, NotificationType.TASK_ASSIGNED, "new task");
		String newProject = store(user, NotificationType.PROJECT_ASSIGNED, "new project");
		String someoneElse = TestTokens.newUserId();
		String otherUsers = store(someoneElse, NotificationType.PROJECT_ASSIGNED, "someone else's");

		assertThat(inbox.post("/bulk/", Map.of("action", "mark_read", "type", "project_assigned")))
			.containsEntry("updated", 2);
		assertThat(inbox.ids("/?is_read=true")).containsExactlyInAnyOrder(oldProject, newProject);
		// those already read are not counted again
		assertThat(inbox.post("/bulk/", Map.of("action", "mark_read", "type", "project_assigned")))
			.containsEntry("updated", 0);

		assertThat(inbox.post("/bulk/", Map.of("action", "archive", "created_before", cutoff.toString())))
			.containsEntry("updated", 2);
		assertThat(inbox.ids("/")).containsExactly(newProject, newTask);
		assertThat(inbox.ids("/?view=archived")).containsExactlyInAnyOrder(oldTask, oldProject);

		assertThat(inbox.post("/bulk/", Map.of("action", "mark_read"))).containsEntry("updated", 1);
		assertThat(inbox.counts()).containsEntry("unread", 0).containsEntry("unseen", 0).containsEntry("total", 2);
		assertThat(TestInbox.of(this.client, someoneElse).list("/")).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("id", otherUsers)
				.containsEntry("is_read", false)
				.containsEntry("archived_at", null));
	}

	@Test
	void pagesByCursorWithoutMissingOrRepeatingWhileNotificationsArrive() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		List<String> stored = store(user, 25);
		List<String> read = new ArrayList<>();
		Map<String, Object> page = inbox.get("/inbox/?limit=10");
		read.addAll(ids(page));
		store(user, 5);
		page = inbox.get("/inbox/?limit=10&cursor=" + page.get("next_cursor"));
		read.addAll(ids(page));
		store(user, 3);
		page = inbox.get("/inbox/?limit=10&cursor=" + page.get("next_cursor"));
		read.addAll(ids(page));
		assertThat(page).containsEntry("next_cursor", null);
		Collections.reverse(stored);
		assertThat(read).containsExactlyElementsOf(stored);
	}

	@Test
	void pagesByCursorThroughNotificationsStoredAtTheSameInstant() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		// one statement: one now(), so one created_at for all five
		List<String> stored = this.database.sql("""
				insert into notification (user_id, type, params, dedup_key)
				select :user, 'task_assigned', jsonb_build_object('task', 'task ' || i), :user || ':' || i
				from generate_series(1, 5) i returning id""")
			.bind("user", user)
			.map((row) -> String.valueOf(row.get("id", Long.class)))
			.all()
			.collectList()
			.block();
		List<String> read = new ArrayList<>();
		String cursor = null;
		do {
			Map<String, Object> page = inbox.get("/inbox/?limit=2" + ((cursor != null) ? "&cursor=" + cursor : ""));
			read.addAll(ids(page));
			cursor = (String) page.get("next_cursor");
		}
		while (cursor != null);
		assertThat(read).containsExactlyInAnyOrderElementsOf(stored).doesNotHaveDuplicates();
		assertThat(inbox.list("/inbox/?limit=1")).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("title", "📋 New task: task 5"));
	}

	@Test
	void filtersTheCursorListByReadStateAndType() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String task = store(user, NotificationType.TASK_ASSIGNED, "task");
		String project = store(user, NotificationType.PROJECT_ASSIGNED, "project");
		inbox.post("/" + task + "/mark-read/");
		assertThat(inbox.ids("/inbox/?type=project_assigned")).containsExactly(project);
		assertThat(inbox.ids("/inbox/?is_read=true")).containsExactly(task);
	}

	@Test
	void refusesBadInputNamingTheParameter() {
		String user = TestTokens.newUserId();
		TestInbox inbox = TestInbox.of(this.client, user);
		String id = store(user, 1).get(0);
		String past = Instant.now().minusSeconds(60).toString();
		inbox.assertBadRequest(HttpMethod.POST, "/" + id + "/snooze/", Map.of("until", past), "until");
		inbox.assertBadRequest(HttpMethod.POST, "/" + id + "/snooze/", Map.of(), "until");
		inbox.assertBadRequest(HttpMethod.POST, "/" + id + "/snooze/", Map.of("until", "tomorrow"), "until");
		inbox.assertBadRequest(HttpMethod.GET, "/inbox/?cursor=not-a-cursor", null, "cursor");
		inbox.assertBadRequest(HttpMethod.GET, "/inbox/?cursor=bm90LWEtY3Vyc29y", null, "cursor");
		inbox.assertBadRequest(HttpMethod.GET, "/inbox/?type=birthday", null, "type");
		inbox.assertBadRequest(HttpMethod.GET, "/inbox/?limit=0", null, "limit");
		inbox.assertBadRequest(HttpMethod.GET, "/?view=trash", null, "view");
		inbox.assertBadRequest(HttpMethod.POST, "/bulk/", Map.of("action", "delete"), "action");
		inbox.assertBadRequest(HttpMethod.POST, "/bulk/", Map.of(), "action");
		inbox.assertBadRequest(HttpMethod.POST, "/bulk/", Map.of("action", "archive", "type", "birthday"), "type");
		// nothing changed
		assertThat(inbox.list("/")).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("snoozed_until", null).containsEntry("archived_at", null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mark-seen", "mark-unread", "archive", "unarchive", "snooze" })
	void answersNotFoundForAnotherUsersNotification(String action) {
		String owner = TestTokens.newUserId();
		String id = store(owner, 1).get(0);
		Map<String, Object> body = Map.of("until", Instant.now().plusSeconds(3600).toString());
		TestInbox.of(this.client, TestTokens.newUserId())
			.exchange(HttpMethod.POST, "/" + id + "/" + action + "/", body)
			.expectStatus()
			.isNotFound();
		assertThat(TestInbox.of(this.client, owner).list("/")).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("seen_at", null)
				.containsEntry("archived_at", null)
				.containsEntry("snoozed_until", null));
	}

	/** Stores task assignments, oldest first, and gives their ids in that order. */
	private List<String> store(String user, int count) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(store(user, NotificationType.TASK_ASSIGNED, "task " + i));
		}
		return ids;
	}

	private String store(String user, NotificationType type, String subject) {
		return TestNotifications.store(this.notifications, this.database, user, type, subject);
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<String, Object> page) {
		return ((List<Map<String, Object>>) page.get("results")).stream().map((n) -> (String) n.get("id")).toList();
	}

}
