package com.geniusharmony.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestApi;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily deadline digest, driven with the day or the instant it is for; the context
 * reads days in {@value NotificationIntegrationTest#TIME_ZONE} and sends digests from
 * 08:00 there (the default).
 */
class DeadlineDigestIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private TaskProjectionRepository projection;

	@Autowired
	private DeadlineTicks ticks;

	@Autowired
	private DeadlineDigests digests;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	@Test
	void givesTheDigestTakersOneNotificationListingTheDaysRemindersInsteadOfOneEach() {
		LocalDate today = LocalDate.of(2030, 5, 6);
		String taker = TestTokens.newUserId();
		String other = TestTokens.newUserId();
		takeDigest(taker, List.of());
		task("Due today", today, taker, other);
		task("Overdue", today.minusDays(1), taker, other);
		task("Due in 3 days", today.plusDays(3), taker);
		task("Due in 5 days", today.plusDays(5), taker);

		this.ticks.check(today).block();
		assertThat(types(other)).containsExactlyInAnyOrder("deadline_today", "deadline_overdue");
		assertThat(types(taker)).isEmpty();

		assertThat(this.digests.send(today).block()).isPositive();
		assertThat(new TestApi(this.client).notificationsOf(taker)).singleElement().satisfies((digest) -> {
			assertThat(digest).containsEntry("type", "deadline_digest")
				.containsEntry("emoji", "📆")
				.containsEntry("title", "📆 Your deadlines today: 3 tasks")
				.containsEntry("task_id", null);
			assertThat(((String) digest.get("message")).lines()).containsExactly("3 tasks need you:",
					"• ❌ \"Overdue\" in project project-7: overdue since 2030-05-05",
					"• 🔴 \"Due today\" in project project-7: due today, 2030-05-06",
					"• 📅 \"Due in 3 days\" in project project-7: due in 3 days, on 2030-05-09");
		});
		assertThat(types(other)).doesNotContain("deadline_digest");
	}

	@Test
	void sendsEachTakerOneDigestADayHoweverManyReplicasRunIt() throws Exception {
		LocalDate today = LocalDate.of(2030, 5, 7);
		String taker = TestTokens.newUserId();
		takeDigest(taker, List.of());
		task("Due today", today, taker);
		ExecutorService replicas = Executors.newFixedThreadPool(4);
		try {
			Callable<Long> run = () -> this.digests.send(today).block();
			List<Future<Long>> runs = replicas.invokeAll(List.of(run, run, run, run));
			for (Future<Long> done : runs) {
				done.get();
			}
		}
		finally {
			replicas.shutdown();
		}
		this.digests.send(today).block();
		assertThat(types(taker)).containsExactly("deadline_digest");
		// the next day is another digest
		this.digests.send(today.plusDays(1)).block();
		assertThat(types(taker)).containsExactly("deadline_digest", "deadline_digest");
	}

	@Test
	void leavesAMutedTypeOutOfTheDigest() {
		LocalDate today = LocalDate.of(2030, 5, 8);
		String taker = TestTokens.newUserId();
		String onlyMuted = TestTokens.newUserId();
		takeDigest(taker, List.of("deadline_3days"));
		takeDigest(onlyMuted, List.of("deadline_3days"));
		task("Due today", today, taker);
		task("Due in 3 days", today.plusDays(3), taker, onlyMuted);
		this.digests.send(today).block();
		assertThat(new TestApi(this.client).notificationsOf(taker)).singleElement()
			.satisfies((digest) -> assertThat((String) digest.get("message")).contains("Due today")
				.doesNotContain("Due in 3 days"));
		assertThat(types(onlyMuted)).isEmpty();
	}

	@Test
	void leavesAMutedTypeOutOfTheRemindersOfOthers() {
		LocalDate today = LocalDate.of(2030, 5, 9);
		String user = TestTokens.newUserId();
		TestInbox.of(this.client, user)
			.ok(HttpMethod.PUT, "/preferences/", Map.of("muted_types", List.of("deadline_3days")));
		task("Due today", today, user);
		task("Due in 3 days", today.plusDays(3), user);
		this.ticks.check(today).block();
		assertThat(types(user)).containsExactly("deadline_today");
	}

	@Test
	void sendsTheDaysDigestsOnceTheConfiguredLocalTimeHasCome() {
		LocalDate today = LocalDate.of(2031, 1, 15);
		String taker = TestTokens.newUserId();
		takeDigest(taker, List.of());
		task("Due today", today, taker);
		// 07:59 and 08:00 in Kathmandu (UTC+05:45)
		Instant beforeTheTime = Instant.parse("2031-01-15T02:14:00Z");
		Instant atTheTime = Instant.parse("2031-01-15T02:15:00Z");
		assertThat(this.digests.sendIfDue(beforeTheTime).block()).isZero();
		assertThat(types(taker)).isEmpty();
		assertThat(this.digests.sendIfDue(atTheTime).block()).isPositive();
		assertThat(types(taker)).containsExactly("deadline_digest");
		// recorded: later checks that day, on any replica or after a restart, do nothing
		assertThat(this.digests.sendIfDue(atTheTime.plusSeconds(3600)).block()).isZero();
		assertThat(this.database.sql("select created from deadline_digest_run where day = :day")
			.bind("day", today)
			.map((row) -> row.get("created", Long.class))
			.one()
			.block()).isPositive();
	}

	@Test
	void writesTheDigestInTheTakersLanguage() {
		LocalDate today = LocalDate.of(2030, 5, 10);
		String taker = TestTokens.newUserId();
		TestInbox.of(this.client, taker)
			.ok(HttpMethod.PUT, "/preferences/", Map.of("deadline_digest", true, "language", "fr"));
		task("Rédiger le rapport", today.plusDays(1), taker);
		this.digests.send(today).block();
		assertThat(new TestApi(this.client).notificationsOf(taker)).singleElement()
			.satisfies((digest) -> assertThat(digest).containsEntry("title", "📆 Vos deadlines du jour : 1 tâche")
				.containsEntry("message", """
						Une tâche vous attend :
						• ⚠️ « Rédiger le rapport » du projet project-7 : à rendre demain, le 2030-05-11"""));
	}

	private void takeDigest(String user, List<String> mutedTypes) {
		TestInbox.of(this.client, user)
			.ok(HttpMethod.PUT, "/preferences/", Map.of("deadline_digest", true, "muted_types", mutedTypes));
	}

	private void task(String title, LocalDate deadline, String... assignees) {
		this.projection
			.apply(new TaskState(TestEvents.newTaskId(), "project-7", title, "", TaskStatus.TODO, deadline,
					List.of(assignees)), 1, false)
			.block();
	}

	private List<Object> types(String user) {
		return new TestApi(this.client).notificationsOf(user).stream().map((n) -> n.get("type")).toList();
	}

}
