package com.geniusharmony.system.inbox;

import java.nio.file.Files;
import java.time.Duration;
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
 * filters, marks all read, deletes. What the page did is then checked through the API.
 */
class InboxPageSystemTests extends SystemTestBase {

	private static final String PASSWORD = "correct horse battery";

	@Test
	void aUserFollowsTheirNotificationsLiveInTheInboxPage() throws Exception {
		String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 36);
		String username = "inbox-eve-" + tag;
		String eve = core.createUser(admin, username, username + "@example.com", "Eve", "Inbox", PASSWORD)
			.get("id")
			.asString();
		String project = core
			.createProject(admin, "Inbox " + tag,
					core.createUser(admin, "inbox-owner-" + tag, "inbox-owner-" + tag + "@example.com", "Owner",
							"Inbox", PASSWORD)
						.get("id")
						.asString(),
					List.of(eve))
			.get("id")
			.asString();
		String token = core.token(username, PASSWORD);
		// membership of the project is a notification of its own, read before the page
		// opens
		await("eve's project notification").atMost(Duration.ofSeconds(60))
			.until(() -> notifications.mine(token)
				.stream()
				.anyMatch((notification) -> notification.get("type").asString().equals("project_assigned")));
		notifications.mine(token)
			.forEach((notification) -> notifications.markRead(token, notification.get("id").asString()));

		JsonNode done = BrowserScript.run("inbox.mjs", Map.ofEntries(
				Map.entry("INBOX_DIST",
						BrowserScript
							.frontendDist(Map.of("VITE_HARMONY_CORE_URL", system.core().uri("").toString(),
									"VITE_HARMONY_NOTIFICATIONS_URL", system.notifications().uri("").toString()))
							.toString()),
				Map.entry("INBOX_PORT", Integer.toString(system.inboxPort())),
				Map.entry("CORE_URL", system.core().uri("").toString()), Map.entry("ADMIN_TOKEN", admin),
				Map.entry("PROJECT_ID", project), Map.entry("USER_ID", eve), Map.entry("USERNAME", username),
				Map.entry("PASSWORD", PASSWORD), Map.entry("FIRST_TITLE", "Inbox first " + tag),
				Map.entry("SECOND_TITLE", "Inbox second " + tag)));

		List<JsonNode> left = notifications.mine(token);
		assertThat(left).extracting((notification) -> notification.get("id").asString())
			.doesNotContain(done.get("deleted").asString());
		assertThat(left).extracting((notification) -> notification.get("is_read").asBoolean()).containsOnly(true);
		assertThat(notifications.unreadCount(token)).isZero();
		for (String screen : List.of("new-notification", "read")) {
			assertThat(Files.size(BrowserScript.SCREENSHOTS.resolve("inbox-" + screen + ".png"))).as(screen)
				.isPositive();
		}
	}

}
