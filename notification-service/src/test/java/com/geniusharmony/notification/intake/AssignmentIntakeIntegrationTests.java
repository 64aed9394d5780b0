package com.geniusharmony.notification.intake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectMemberAdded;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.project.ProjectUpdated;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestApi;
import com.geniusharmony.notification.TestEvents;
import com.geniusharmony.notification.TestNotifications;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.kafka.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AssignmentIntakeIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private WebTestClient client;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	private TestEvents events;

	private TestApi api;

	@BeforeEach
	void setUp() {
		this.events = new TestEvents(this.kafka, this.topicNames);
		this.api = new TestApi(this.client);
	}

	@Test
	void notifiesTheAddedAssigneeOnceWhenTheSameEventArrivesTwice() throws Exception {
		String assignee = TestTokens.newUserId();
		String latecomer = TestTokens.newUserId();
		TaskState task = task(List.of(assignee));
		EventEnvelope added = EventEnvelope.of(new TaskAssigneeAdded(task, assignee), 2, Instant.now());
		this.events.publish(added);
		this.events.publish(added);
		// a later event of the same task shares its partition, so once it is handled both
		// copies before it have been too
		this.events.publish(EventEnvelope
			.of(new TaskAssigneeAdded(task(task.id(), List.of(assignee, latecomer)), latecomer), 3, Instant.now()));
		this.api.awaitCount(latecomer, 1);
		List<Map<String, Object>> notifications = this.api.notificationsOf(assignee);
		assertThat(notifications).singleElement().satisfies((n) -> {
			assertThat(n).containsEntry("type", "task_assigned")
				.containsEntry("emoji", "📋")
				.containsEntry("title", "📋 New task: Write the report")
				.containsEntry("task_id", task.id())
				.containsEntry("project_id", "project-7")
				.containsEntry("is_read", false);
			assertThat((String) n.get("message")).contains("Write the report").contains("project-7");
		});
	}

	@Test
	void storesAPollsNotificationsInOneStatementOnceEachInTheirOrder() {
		String ann = TestTokens.newUserId();
		String bob = TestTokens.newUserId();
		NewNotification first = TestNotifications.of(ann, NotificationType.TASK_ASSIGNED, "First");
		NewNotification second = TestNotifications.of(ann, NotificationType.TASK_ASSIGNED, "Second");
		NewNotification forBob = TestNotifications.of(bob, NotificationType.PROJECT_ASSIGNED, "Launch");

		// a redelivered event's notifications share their dedup keys, within a poll too
		assertThat(this.notifications.create(List.of(first, forBob, first, second)).block()).isEqualTo(3);
		assertThat(this.notifications.create(List.of(second, forBob)).block()).isZero();
		assertThat(this.notifications.create(List.of()).block()).isZero();

		assertThat(this.api.awaitCount(ann, 2)).extracting((notification) -> notification.get("title"))
			.containsExactly(TestNotifications.title(NotificationType.TASK_ASSIGNED, "Second"),
					TestNotifications.title(NotificationType.TASK_ASSIGNED, "First"));
		this.api.awaitCount(bob, 1);
	}

	@Test
	void notifiesEveryInitialAssigneeOfACreatedTask() throws Exception {
		String first = TestTokens.newUserId();
		String second = TestTokens.newUserId();
		this.events.publish(EventEnvelope.of(new TaskCreated(task(List.of(first, second))), 1, Instant.now()));
		this.api.awaitCount(first, 1);
		this.api.awaitCount(second, 1);
	}

	@Test
	void ignoresOtherTaskEvents() throws Exception {
		String assignee = TestTokens.newUserId();
		String latecomer = TestTokens.newUserId();
		TaskState task = task(List.of(assignee));
		this.events.publish(EventEnvelope.of(new TaskUpdated(task), 4, Instant.now()));
		this.events.publish(EventEnvelope
			.of(new TaskAssigneeAdded(task(task.id(), List.of(assignee, latecomer)), latecomer), 5, Instant.now()));
		this.api.awaitCount(latecomer, 1);
		assertThat(this.api.notificationsOf(assignee)).isEmpty();
	}

	@Test
	void notifiesTheAddedMemberOnceWhenTheSameEventArrivesTwice() throws Exception {
		String owner = TestTokens.newUserId();
		String member = TestTokens.newUserId();
		String latecomer = TestTokens.newUserId();
		ProjectState project = project(owner, List.of(owner, member));
		EventEnvelope added = EventEnvelope.of(new ProjectMemberAdded(project, member), 2, Instant.now());
		this.events.publish(added);
		this.events.publish(added);
		this.events.publish(EventEnvelope.of(
				new ProjectMemberAdded(project(project.id(), owner, List.of(owner, member, latecomer)), latecomer), 3,
				Instant.now()));
		this.api.awaitCount(latecomer, 1);
		assertThat(this.api.notificationsOf(member)).singleElement().satisfies((n) -> {
			assertThat(n).containsEntry("type", "project_assigned")
				.containsEntry("emoji", "🎯")
				.containsEntry("title", "🎯 New project: Harmony launch")
				.containsEntry("project_id", project.id())
				.containsEntry("task_id", null);
		});
	}

	@Test
	void namesTheTasksProjectByItsLatestNameOnceItsEventsAreIn() throws Exception {
		String owner = TestTokens.newUserId();
		String member = TestTokens.newUserId();
		ProjectState project = project(owner, List.of(owner, member));
		this.events.publish(EventEnvelope.of(new ProjectCreated(project), 1, Instant.now()));
		this.api.awaitCount(member, 1);
		ProjectState renamed = new ProjectState(project.id(), "Harmony relaunch", "", owner, project.memberIds(), null,
				null, false);
		this.events.publish(EventEnvelope.of(new ProjectUpdated(renamed), 3, Instant.now()));
		// a late copy of an older event does not bring the old name back
		this.events.publish(EventEnvelope.of(new ProjectUpdated(project), 2, Instant.now()));
		this.events.publish(EventEnvelope.of(new ProjectMemberAdded(renamed, owner), 4, Instant.now()));
		this.api.awaitCount(owner, 1);

		TaskState task = new TaskState("task-" + UUID.randomUUID(), project.id(), "Write the report", "",
				TaskStatus.TODO, null, List.of(member));
		this.events.publish(EventEnvelope.of(new TaskCreated(task), 1, Instant.now()));
		this.api.awaitCount(member, 2);

		assertThat(this.api.notificationsOf(member)).filteredOn((n) -> "task_assigned".equals(n.get("type")))
			.singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("message",
					"You were assigned to the task \"Write the report\" in project \"Harmony relaunch\"."));
	}

	@Test
	void notifiesTheInitialMembersButNotTheOwnerOfACreatedProject() throws Exception {
		String owner = TestTokens.newUserId();
		String member = TestTokens.newUserId();
		this.events
			.publish(EventEnvelope.of(new ProjectCreated(project(owner, List.of(owner, member))), 1, Instant.now()));
		this.api.awaitCount(member, 1);
		assertThat(this.api.notificationsOf(owner)).isEmpty();
	}

	@Test
	void parksAnUnreadableRecordOnTheTasksTopicAndGoesOn() throws Exception {
		String assignee = TestTokens.newUserId();
		TaskState task = task(List.of(assignee));
		this.kafka.send(this.topicNames.of(Topic.TASKS), task.id(), "{not an event".getBytes(StandardCharsets.UTF_8))
			.get(10, TimeUnit.SECONDS);
		this.events.publish(EventEnvelope.of(new TaskAssigneeAdded(task, assignee), 2, Instant.now()));
		this.api.awaitCount(assignee, 1);
		assertThat(deadLetterKeys()).contains(task.id());
	}

	private List<String> deadLetterKeys() {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.GROUP_ID_CONFIG,
				"dlt-check-" + UUID.randomUUID());
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			consumer.subscribe(List.of(this.topicNames.deadLetterOf(Topic.TASKS)));
			List<String> keys = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> keys.add(record.key()));
				return !keys.isEmpty();
			});
			return keys;
		}
	}

	private static TaskState task(List<String> assigneeIds) {
		return task("task-" + UUID.randomUUID(), assigneeIds);
	}

	private static TaskState task(String id, List<String> assigneeIds) {
		return new TaskState(id, "project-7", "Write the report", "", TaskStatus.TODO, null, assigneeIds);
	}

	private static ProjectState project(String owner, List<String> memberIds) {
		return project("project-" + UUID.randomUUID(), owner, memberIds);
	}

	private static ProjectState project(String id, String owner, List<String> memberIds) {
		return new ProjectState(id, "Harmony launch", "", owner, memberIds, null, null, false);
	}

}
