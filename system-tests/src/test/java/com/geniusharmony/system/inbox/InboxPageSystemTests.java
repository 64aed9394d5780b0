package com.geniusharmony.system.inbox;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.harness.BrowserScript;
import com.geniusharmony.system.harness.SystemTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A user of the platform in the example inbox page (frontend/, built from the committed
 * API documents), in headless Chromium: signs in, sees the badge, sees an assignment made
 * through core-service arrive without a reload, marks it read and sees the badge go down,
 * filters, marks all read, deletes; sees the badge count what they have not seen until
 * they open the bell, archives and snoozes; has the page open in two tabs, which stay in
 * step. What the page did is then checked through the API.
 */
class InboxPageSystemTests extends SystemTestBase {

	private static final String PASSWORD = "correct horse battery";

	@Test
	void aUserFollowsTheirNotificationsLiveInTheInboxPage() throws Exception {
		Member eve = member("inbox-eve");
		// membership of the project is a notification of its own, read before the page
		// opens
		notifications.mine(eve.token())
			.forEach((notification) -> notifications.markRead(eve.token(), notification.get("id").asString()));

		JsonNode done = BrowserScript.run("inbox.mjs", eve
			.script(Map.of("FIRST_TITLE", "Inbox first " + eve.tag(), "SECOND_TITLE", "Inbox second " + eve.tag())));

		List<JsonNode> left = notifications.mine(eve.token());
		assertThat(left).extracting((notification) -> notification.get("id").asString())
			.doesNotContain(done.get("deleted").asString());
		assertThat(left).extracting((notification) -> notification.get("is_read").asBoolean()).containsOnly(true);
		assertThat(notifications.unreadCount(eve.token())).isZero();
		assertScreenshots("inbox-new-notification", "inbox-read");
	}

	@Test
	void theBadgeCountsWhatTheUserHasNotSeenAndArchivingOrSnoozingTakesANotificationOutOfTheInbox() throws Exception {
		Member ivy = member("inbox-ivy");
		String projectNotification = notifications.mine(ivy.token()).get(0).get("id").asString();
		String title = "Seen first " + ivy.tag();

		JsonNode done = BrowserScript.run("inbox-seen-archive.mjs",
				ivy.script(Map.of("FIRST_TITLE", title, "PROJECT_NOTIFICATION_ID", projectNotification)));

		// opening the bell marked both seen, neither read; the task's is archived, the
		// project's snoozed for an hour: the inbox is empty
		JsonNode counts = notifications.counts(ivy.token());
		assertThat(List.of(counts.get("unread").asLong(), counts.get("unseen").asLong(), counts.get("total").asLong()))
			.containsOnly(0L);
		assertThat(notifications.mine(ivy.token())).isEmpty();
		assertThat(notifications.mine(ivy.token(), "archived")).singleElement().satisfies((task) -> {
			assertThat(task.get("id").asString()).isEqualTo(done.get("archived").asString());
			assertThat(task.get("title").asString()).contains(title);
			assertThat(task.get("archived_at").isNull()).isFalse();
			assertThat(task.get("seen_at").isNull()).isFalse();
			assertThat(task.get("is_read").asBoolean()).isFalse();
		});
		assertThat(notifications.mine(ivy.token(), "snoozed")).singleElement().satisfies((project) -> {
			assertThat(project.get("id").asString()).isEqualTo(done.get("snoozed").asString());
			assertThat(Instant.parse(project.get("snoozed_until").asString()))
				.isBetween(Instant.now().plus(Duration.ofMinutes(50)), Instant.now().plus(Duration.ofMinutes(61)));
			assertThat(project.get("is_read").asBoolean()).isFalse();
		});
		assertScreenshots("inbox-seen", "inbox-archive");
	}

	@Test
	void twoTabsOfOneUserStayInStep() throws Exception {
		Member max = member("inbox-max");
		String projectNotification = notifications.mine(max.token()).get(0).get("id").asString();
		String title = "Tabs first " + max.tag();

		JsonNode done = BrowserScript.run("inbox-tabs.mjs",
				max.script(Map.of("FIRST_TITLE", title, "PROJECT_NOTIFICATION_ID", projectNotification)));

		// what one tab did, the other showed: the task's read, the project's archived
		List<JsonNode> inbox = notifications.mine(max.token());
		assertThat(inbox).singleElement().satisfies((task) -> {
			assertThat(task.get("id").asString()).isEqualTo(done.get("read").asString());
			assertThat(task.get("title").asString()).contains(title);
			assertThat(task.get("is_read").asBoolean()).isTrue();
		});
		assertThat(notifications.mine(max.token(), "archived"))
			.extracting((notification) -> notification.get("id").asString())
			.containsExactly(done.get("archived").asString());
		JsonNode counts = notifications.counts(max.token());
		assertThat(counts.get("unread").asLong()).isZero();
		assertThat(counts.get("unseen").asLong()).isZero();
		assertScreenshots("inbox-tabs-read", "inbox-tabs-archive");
	}

	/**
	 * A new user, member of a new project, whose notification of the membership has
	 * arrived, unread and unseen.
	 */
	private static Member member(String prefix) {
		String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 36);
		String username = prefix + "-" + tag;
		String id = core.createUser(admin, username, username + "@example.com", "Inbox", "User", PASSWORD)
			.get("id")
			.asString();
		String project = core
			.createProject(admin, "Inbox " + tag,
					core.createUser(admin, prefix + "-owner-" + tag, prefix + "-owner-" + tag + "@example.com", "Owner",
							"Inbox", PASSWORD)
						.get("id")
						.asString(),
					List.of(id))
			.get("id")
			.asString();
		String token = core.token(username, PASSWORD);
		await(username + "'s project notification").atMost(Duration.ofSeconds(60))
			.until(() -> notifications.mine(token)
				.stream()
				.anyMatch((notification) -> notification.get("type").asString().equals("project_assigned")));
		return new Member(tag, id, username, project, token);
	}

	private static void assertScreenshots(String... screens) throws Exception {
		for (String screen : screens) {
			assertThat(Files.size(BrowserScript.SCREENSHOTS.resolve(screen + ".png"))).as(screen).isPositive();
		}
	}

	/**
	 * A user of the page, with the project their assignments are made in.
	 *
	 * @param tag what makes this test's names unique
	 * @param id the user's id
	 * @param username the user's username
	 * @param project the project's id
	 * @param token the user's token, for the API
	 */
	private record Member(String tag, String id, String username, String project, String token) {

		/** What a browser script of the page reads, and what this test adds. */
		Map<String, String> script(Map<String, String> more) {
			Map<String, String> environment = new HashMap<>(more);
			environment.put("INBOX_DIST",
					BrowserScript
						.frontendDist(Map.of("VITE_HARMONY_CORE_URL", system.core().uri("").toString(),
								"VITE_HARMONY_NOTIFICATIONS_URL", system.notifications().uri("").toString()))
						.toString());
			environment.put("INBOX_PORT", Integer.toString(system.inboxPort()));
			environment.put("CORE_URL", system.core().uri("").toString());
			environment.put("ADMIN_TOKEN", admin);
			environment.put("PROJECT_ID", this.project);
			environment.put("USER_ID", this.id);
			environment.put("USERNAME", this.username);
			environment.put("PASSWORD", PASSWORD);
			return environment;
		}

	}

}
