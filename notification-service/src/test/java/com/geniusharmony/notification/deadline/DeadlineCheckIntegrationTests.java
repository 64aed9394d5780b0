package com.geniusharmony.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestApi;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NotificationType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The deadline check over the projection, driven directly with the day or the tick it is
 * for; the context reads days in {@value NotificationIntegrationTest#TIME_ZONE}.
 */
class DeadlineCheckIntegrationTests extends NotificationIntegrationTest {

	private static final LocalDate TODAY = LocalDate.of(2030, 4, 10);

	@Autowired
	private TaskProjectionRepository projection;

	@Autowired
	private DeadlineTicks ticks;

	@Autowired
	private DatabaseClient database;

	@Autowired
	private WebTestClient client;

	private TestApi api;

	@BeforeEach
	void setUp() {
		this.api = new TestApi(this.client);
	}

	@Test
	void remindsEachAssigneeOfEachOpenTaskOfEachType() {
		String ann = TestTokens.newUserId();
		String bob = TestTokens.newUserId();
		String in3Days = task(TODAY.plusDays(3), ann, bob);
		String in2Days = task(TODAY.plusDays(2), ann, bob);
		String tomorrow = task(TODAY.plusDays(1), ann, bob);
		String today = task(TODAY, ann, bob);
		String overdue = task(TODAY.minusDays(1), ann, bob);
		String longOverdue = task(TODAY.minusDays(40), ann);
		task(TODAY.plusDays(4), ann, bob);
		this.ticks.check(TODAY).block();
		List<String> reminders = List.of(in3Days + " deadline_3days", tomorrow + " deadline_1day",
				today + " deadline_today", overdue + " deadline_overdue");
		assertThat(remindersOf(bob)).containsExactlyInAnyOrderElementsOf(reminders);
		assertThat(remindersOf(ann)).containsAll(reminders)
			.contains(longOverdue + " deadline_overdue")
			.hasSize(5)
			.noneMatch((reminder) -> reminder.startsWith(in2Days));
	}

	@Test
	void writesTitlesAndMessagesWithTheTypesEmoji() {
		String ann = TestTokens.newUserId();
		String task = task(TODAY.minusDays(2), ann);
		this.ticks.check(TODAY).block();
		assertThat(this.api.notificationsOf(ann)).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("type", "deadline_overdue")
				.containsEntry("emoji", "❌")
				.containsEntry("title", "❌ Overdue: Write the report")
				.containsEntry("message",
						"The task \"Write the report\" in project project-7 was due on 2030-04-08 and is not done.")
				.containsEntry("task_id", task)
				.containsEntry("project_id", "project-7")
				.containsEntry("is_read", false));
	}

	@Test
	void namesTheProjectWhenItsNameIsKnown() {
		String ann = TestTokens.newUserId();
		String project = "project-" + UUID.randomUUID();
		this.database.sql("insert into project_name (project_id, name, version) values (:id, 'Harmony launch', 1)")
			.bind("id", project)
			.then()
			.block();
		this.projection
			.apply(new TaskState(TestEvents.newTaskId(), project, "Write the report", "", TaskStatus.TODO,
					TODAY.minusDays(2), List.of(ann)), 1, false)
			.block();
		this.ticks.check(TODAY).block();
		assertThat(this.api.notificationsOf(ann)).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("message",
					"The task \"Write the report\" in project \"Harmony launch\" was due on 2030-04-08 and is not done."));
	}

	@Test
	void remindsOnceHoweverOftenTheCheckRuns() {
		String ann = TestTokens.newUserId();
		task(TODAY, ann);
		task(TODAY.plusDays(3), ann);
		DeadlineCheckResult first = this.ticks.check(TODAY).block();
		DeadlineCheckResult second = this.ticks.check(TODAY).block();
		assertThat(first.of(NotificationType.DEADLINE_TODAY)).isPositive();
		assertThat(second.total()).isZero();
		assertThat(this.api.notificationsOf(ann)).hasSize(2);
	}

	@Test
	void refusesASecondReminderOfTheSameTaskAssigneeTypeAndDeadlineWhateverItsKey() {
		String ann = TestTokens.newUserId();
		insertReminder(ann, "first-key");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertReminder(ann, "another-key"));
	}

	@Test
	void remindsAgainWhenTheDeadlineChanges() {
		String ann = TestTokens.newUserId();
		String id = TestEvents.newTaskId();
		this.projection.apply(TestEvents.task(id, TODAY, List.of(ann)), 1, false).block();
		this.ticks.check(TODAY).block();
		this.projection.apply(TestEvents.task(id, TODAY.plusDays(1), List.of(ann)), 2, false).block();
		this.ticks.check(TODAY).block();
		this.ticks.check(TODAY.plusDays(1)).block();
		assertThat(this.api.notificationsOf(ann)).extracting((n) -> n.get("type") + " " + n.get("message"))
			.containsExactlyInAnyOrder("deadline_today " + due("is due today, 2030-04-10."),
					"deadline_1day " + due("is due tomorrow, 2030-04-11."),
					"deadline_today " + due("is due today, 2030-04-11."));
	}

	@Test
	void remindsNoMoreOnceTheTaskIsDoneDeletedOrTheAssigneeRemoved() {
		String ann = TestTokens.newUserId();
		String bob = TestTokens.newUserId();
		String done = TestEvents.newTaskId();
		String deleted = TestEvents.newTaskId();
		String unassigned = TestEvents.newTaskId();
		LocalDate deadline = TODAY.plusDays(3);
		this.projection.apply(TestEvents.task(done, deadline, List.of(ann)), 1, false).block();
		this.projection.apply(TestEvents.task(deleted, deadline, List.of(ann)), 1, false).block();
		this.projection.apply(TestEvents.task(unassigned, deadline, List.of(ann, bob)), 1, false).block();
		this.ticks.check(TODAY).block();
		this.projection
			.apply(new TaskState(done, "project-7", "Write the report", "", TaskStatus.DONE, deadline, List.of(ann)), 2,
					false)
			.block();
		this.projection.apply(TestEvents.task(deleted, deadline, List.of(ann)), 2, true).block();
		this.projection.apply(TestEvents.task(unassigned, deadline, List.of(bob)), 2, false).block();
		for (LocalDate day = TODAY.plusDays(1); day.isBefore(TODAY.plusDays(6)); day = day.plusDays(1)) {
			this.ticks.check(day).block();
		}
		assertThat(this.api.notificationsOf(ann)).extracting((n) -> n.get("type"))
			.containsOnly("deadline_3days")
			.hasSize(3);
		assertThat(this.api.notificationsOf(bob)).extracting((n) -> n.get("type"))
			.containsExactlyInAnyOrder("deadline_3days", "deadline_1day", "deadline_today", "deadline_overdue");
	}

	@Test
	void readsTodayInTheConfiguredZoneAtTheTicksScheduledInstant() {
		// 18:15 UTC is midnight in Kathmandu (UTC+05:45)
		Instant lastMinuteOfTheDay = Instant.parse("2030-06-01T18:14:59Z");
		Instant firstMinuteOfTheNext = Instant.parse("2030-06-01T18:15:00Z");
		assertThat(this.ticks.today(lastMinuteOfTheDay)).isEqualTo(LocalDate.of(2030, 6, 1));
		assertThat(this.ticks.today(firstMinuteOfTheNext)).isEqualTo(LocalDate.of(2030, 6, 2));
		String ann = TestTokens.newUserId();
		String dueJune1 = task(LocalDate.of(2030, 6, 1), ann);
		String dueJune2 = task(LocalDate.of(2030, 6, 2), ann);
		String schedule = newSchedule();
		assertThat(this.ticks.handle(tick(schedule, lastMinuteOfTheDay), lastMinuteOfTheDay).block()).isNotNull();
		assertThat(remindersOf(ann)).containsExactlyInAnyOrder(dueJune1 + " deadline_today",
				dueJune2 + " deadline_1day");
		assertThat(this.ticks.handle(tick(schedule, firstMinuteOfTheNext), firstMinuteOfTheNext).block()).isNotNull();
		assertThat(remindersOf(ann)).containsExactlyInAnyOrder(dueJune1 + " deadline_today",
				dueJune2 + " deadline_1day", dueJune1 + " deadline_overdue", dueJune2 + " deadline_today");
	}

	@Test
	void handlesEachTickOnceAndSkipsOlderOnes() {
		String schedule = newSchedule();
		Instant ten = Instant.parse("2030-07-01T10:00:00Z");
		Instant eleven = ten.plusSeconds(3600);
		assertThat(this.ticks.handle(tick(schedule, eleven), eleven).block()).isNotNull();
		assertThat(this.ticks.handle(tick(schedule, eleven), eleven).block()).isNull();
		assertThat(this.ticks.handle(tick(schedule, ten), eleven).block()).isNull();
		assertThat(this.ticks.handle(tick(newSchedule(), ten), eleven).block()).isNotNull();
		assertThat(this.ticks.handle(tick(schedule, eleven.plusSeconds(3600)), eleven).block()).isNotNull();
	}

	@Test
	void skipsATickThatArrivesTooLateWithoutClaimingIt() {
		String schedule = newSchedule();
		Instant scheduled = Instant.parse("2030-08-01T10:00:00Z");
		assertThat(this.ticks.handle(tick(schedule, scheduled), scheduled.plusSeconds(25 * 3600)).block()).isNull();
		assertThat(this.ticks.handle(tick(schedule, scheduled), scheduled.plusSeconds(23 * 3600)).block()).isNotNull();
	}

	private String task(LocalDate deadline, String... assignees) {
		String id = TestEvents.newTaskId();
		this.projection.apply(TestEvents.task(id, deadline, List.of(assignees)), 1, false).block();
		return id;
	}

	private void insertReminder(String user, String dedupKey) {
		this.database.sql("""
				insert into notification (user_id, type, title, message, task_id, deadline, dedup_key)
				values (:user, 'deadline_today', 'title', 'message', 'task-1', date '2030-01-01', :key)
				on conflict (dedup_key) do nothing
				""").bind("user", user).bind("key", dedupKey).then().block();
	}

	/** Each reminder as its task id and type. */
	private List<String> remindersOf(String user) {
		return this.api.notificationsOf(user).stream().map((n) -> n.get("task_id") + " " + n.get("type")).toList();
	}

	private static String due(String tail) {
		return "The task \"Write the report\" in project project-7 " + tail;
	}

	private static DeadlineTick tick(String schedule, Instant scheduledAt) {
		return new DeadlineTick(schedule, scheduledAt, UUID.randomUUID());
	}

	private static String newSchedule() {
		return "check-" + UUID.randomUUID();
	}

}
