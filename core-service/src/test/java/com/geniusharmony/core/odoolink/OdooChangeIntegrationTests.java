package com.geniusharmony.core.odoolink;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.json.EventJson;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectUpdated;
import com.geniusharmony.events.task.TaskAssigneeAdded;
import com.geniusharmony.events.task.TaskAssigneeRemoved;
import com.geniusharmony.events.task.TaskDeadlineChanged;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.user.UserUpdated;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes made in Odoo, published on the Odoo links topic as odoo-sync-service does, and
 * applied by the running service's consumer through the normal write path.
 */
class OdooChangeIntegrationTests extends CoreIntegrationTest {

	private static final EventJson JSON = new EventJson();

	private static final int UPDATES = 20;

	@LocalServerPort
	private int port;

	@Autowired
	private MeterRegistry meters;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Value("${harmony.topic.suffix}")
	private String suffix;

	@Test
	void appliesATaskChangeAsAPatchWouldWithItsVersionsAndEvents() {
		NewUser owner = this.api.user("odoo-owner");
		NewUser leaving = this.api.user("odoo-leaving");
		NewUser joining = this.api.user("odoo-joining");
		String project = this.api.project(owner, List.of());
		String task = this.api.task(owner.token(), project, List.of(leaving.id()));
		String title = (String) task(task, owner).get("title");
		double applied = count("harmony.odoo.changes", "kind", "task", "outcome", "applied");

		publish(taskChange(task, 2,
				List.of(new FieldChange("title", title, "Renamed in Odoo"), new FieldChange("status", "todo", "done"),
						new FieldChange("deadline", "2025-06-30", null)),
				List.of(joining.id()), List.of(leaving.id())));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("title")).isEqualTo("Renamed in Odoo"));
		Map<?, ?> shown = task(task, owner);
		assertThat(shown.get("status")).isEqualTo("done");
		assertThat(shown.get("deadline")).isNull();
		assertThat(shown.get("assignee_ids")).isEqualTo(List.of(joining.id()));
		// one change, four events: updated, deadline changed, assignee added and removed
		assertThat(shown.get("version")).isEqualTo(5);
		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.TASKS.name(this.suffix), task,
				5);
		assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(events.subList(1, 5)).extracting(EventEnvelope::payload)
			.hasExactlyElementsOfTypes(TaskUpdated.class, TaskDeadlineChanged.class, TaskAssigneeAdded.class,
					TaskAssigneeRemoved.class)
			.allSatisfy((payload) -> {
				assertThat(((TaskEvent) payload).task().status()).isEqualTo(TaskStatus.DONE);
				assertThat(((TaskEvent) payload).task().assigneeIds()).containsExactly(joining.id());
			});
		assertThat(((TaskAssigneeAdded) events.get(3).payload()).assigneeId()).isEqualTo(joining.id());
		assertThat(((TaskAssigneeRemoved) events.get(4).payload()).assigneeId()).isEqualTo(leaving.id());
		assertThat(count("harmony.odoo.changes", "kind", "task", "outcome", "applied")).isEqualTo(applied + 1);
	}

	@Test
	void skipsAFieldThePlatformChangedSinceAndAppliesTheOthers() {
		NewUser owner = this.api.user("odoo-owner");
		String task = this.api.task(owner.token(), this.api.project(owner, List.of()), List.of());
		String title = (String) task(task, owner).get("title");
		this.api.ok(HttpMethod.PATCH, "/api/tasks/" + task, owner.token(), Map.of("title", "Changed on the platform"));
		double skipped = count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "title", "reason",
				"platform_changed");

		publish(taskChange(task, 2, List.of(new FieldChange("title", title, "Changed in Odoo"),
				new FieldChange("status", "todo", "in_progress")), List.of(), List.of()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("status")).isEqualTo("in_progress"));
		Map<?, ?> shown = task(task, owner);
		assertThat(shown.get("title")).isEqualTo("Changed on the platform");
		assertThat(shown.get("version")).isEqualTo(3);
		assertThat(count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "title", "reason",
				"platform_changed"))
			.isEqualTo(skipped + 1);
	}

	@Test
	void dropsARedeliveredOrOlderChange() {
		NewUser owner = this.api.user("odoo-owner");
		String task = this.api.task(owner.token(), this.api.project(owner, List.of()), List.of());
		String title = (String) task(task, owner).get("title");
		EventEnvelope renamed = taskChange(task, 3, List.of(new FieldChange("title", title, "Renamed in Odoo")),
				List.of(), List.of());
		publish(renamed);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("title")).isEqualTo("Renamed in Odoo"));
		// the platform takes the old title back: applied again, the change would rename
		// the task again
		this.api.ok(HttpMethod.PATCH, "/api/tasks/" + task, owner.token(), Map.of("title", title));
		double duplicates = count("harmony.odoo.changes", "kind", "task", "outcome", "duplicate");

		publish(renamed,
				taskChange(task, 2, List.of(new FieldChange("description", "", "older")), List.of(), List.of()),
				taskChange(task, 4, List.of(new FieldChange("status", "todo", "in_progress")), List.of(), List.of()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("status")).isEqualTo("in_progress"));
		Map<?, ?> shown = task(task, owner);
		assertThat(shown.get("title")).isEqualTo(title);
		assertThat(shown.get("description")).isEqualTo("");
		assertThat(shown.get("version")).isEqualTo(4);
		assertThat(count("harmony.odoo.changes", "kind", "task", "outcome", "duplicate")).isEqualTo(duplicates + 2);
	}

	@Test
	void skipsWhatThePlatformRefusesDropsMissingTasksAndGoesOn() {
		NewUser owner = this.api.user("odoo-owner");
		NewUser inactive = this.api.user("odoo-inactive");
		this.api.ok(HttpMethod.DELETE, "/api/users/" + inactive.id(), this.api.adminToken(), null);
		String project = this.api.project(owner, List.of());
		String task = this.api.task(owner.token(), project, List.of());
		String deleted = this.api.task(owner.token(), project, List.of());
		this.api.call(HttpMethod.DELETE, "/api/tasks/" + deleted, owner.token(), null).expectStatus().isNoContent();
		String title = (String) task(task, owner).get("title");
		double missing = count("harmony.odoo.changes", "kind", "task", "outcome", "missing");
		double refused = count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "title", "reason",
				"refused");
		double refusedDescriptions = count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "description",
				"reason", "refused");
		double refusedAssignees = count("harmony.odoo.change.fields.skipped", "kind", "task", "field",
				"assignees_added", "reason", "refused");
		double unknown = count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "priority", "reason",
				"unknown_field");
		double parked = count("harmony.kafka.dead.letters", "topic", Topic.ODOO_LINKS.name(this.suffix), "reason",
				"retries_exhausted");

		// all on the task's partition, so that the last applies only after the others
		// were handled
		publish(taskChange(deleted, 2, List.of(new FieldChange("status", "todo", "done")), List.of(), List.of()),
				taskChange("not-an-id", 2, List.of(new FieldChange("status", "todo", "done")), List.of(), List.of()),
				taskChange(task, 2, List.of(new FieldChange("title", title, ""),
						new FieldChange("description", "", "x".repeat(10001)), new FieldChange("priority", "0", "1"),
						new FieldChange("status", "todo", "in_progress")),
						List.of("987654321", inactive.id(), "someone"), List.of(owner.id())));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("status")).isEqualTo("in_progress"));
		Map<?, ?> shown = task(task, owner);
		assertThat(shown.get("title")).isEqualTo(title);
		assertThat(shown.get("description")).isEqualTo("");
		assertThat(shown.get("assignee_ids")).isEqualTo(List.of());
		assertThat(shown.get("version")).isEqualTo(2);
		assertThat(count("harmony.odoo.changes", "kind", "task", "outcome", "missing")).isEqualTo(missing + 2);
		assertThat(count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "title", "reason", "refused"))
			.isEqualTo(refused + 1);
		assertThat(count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "description", "reason",
				"refused"))
			.isEqualTo(refusedDescriptions + 1);
		assertThat(count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "assignees_added", "reason",
				"refused"))
			.isEqualTo(refusedAssignees + 3);
		assertThat(count("harmony.odoo.change.fields.skipped", "kind", "task", "field", "priority", "reason",
				"unknown_field"))
			.isEqualTo(unknown + 1);
		assertThat(count("harmony.kafka.dead.letters", "topic", Topic.ODOO_LINKS.name(this.suffix), "reason",
				"retries_exhausted"))
			.isEqualTo(parked);
	}

	@Test
	void appliesAChangeAmidConcurrentUpdatesOnFreshState() {
		NewUser owner = this.api.user("odoo-racer");
		String task = this.api.task(owner.token(), this.api.project(owner, List.of()), List.of());
		WebClient client = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(owner.token()))
			.build();

		List<Integer> answers = Flux.merge(
				Mono.fromRunnable(() -> publish(
						taskChange(task, 2, List.of(new FieldChange("status", "todo", "done")), List.of(), List.of())))
					.subscribeOn(Schedulers.boundedElastic())
					.then(Mono.<Integer>empty()),
				Flux.range(0, UPDATES)
					.flatMap((i) -> client.patch()
						.uri("/api/tasks/{id}", task)
						.bodyValue(Map.of("description", "description " + i))
						.exchangeToMono((response) -> response.releaseBody().thenReturn(response.statusCode().value())),
							UPDATES))
			.collectList()
			.block(Duration.ofMinutes(2));

		long patched = answers.stream().filter((status) -> status == 200).count();
		assertThat(answers).allSatisfy((status) -> assertThat(status).isIn(200, 409));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(task(task, owner).get("status")).isEqualTo("done"));
		assertThat(task(task, owner).get("version")).isEqualTo((int) (1 + patched + 1));
		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.TASKS.name(this.suffix), task,
				(int) (1 + patched + 1));
		assertThat(events).extracting(EventEnvelope::aggregateVersion).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void renamesAndArchivesAProjectButCannotUnarchiveIt() {
		NewUser owner = this.api.user("odoo-owner");
		String project = this.api.project(owner, List.of());
		String name = (String) project(project, owner).get("name");

		publish(projectChange(project, 2,
				List.of(new FieldChange("name", name, "Renamed in Odoo"),
						new FieldChange("archived", "false", "true"))),
				projectChange(project, 3, List.of(new FieldChange("archived", "true", "false"),
						new FieldChange("name", "Renamed in Odoo", "Renamed again"))));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(project(project, owner).get("name")).isEqualTo("Renamed again"));
		Map<?, ?> shown = project(project, owner);
		assertThat(shown.get("archived")).isEqualTo(true);
		assertThat(shown.get("version")).isEqualTo(4);
		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.PROJECTS.name(this.suffix),
				project, 4);
		assertThat(events).extracting(EventEnvelope::aggregateVersion).containsExactly(1L, 2L, 3L, 4L);
		assertThat(events.subList(1, 4)).extracting(EventEnvelope::payload)
			.hasExactlyElementsOfTypes(ProjectUpdated.class, ProjectArchived.class, ProjectUpdated.class);
	}

	@Test
	void changesAUsersNamesAndEmailUnlessAnotherUserHasIt() {
		NewUser user = this.api.user("odoo-user");
		NewUser other = this.api.user("odoo-other");
		String email = user.username() + "@example.com";
		double unchanged = count("harmony.odoo.changes", "kind", "user", "outcome", "unchanged");

		publish(userChange(user.id(), 2,
				List.of(new FieldChange("email", email, (other.username() + "@EXAMPLE.com").toUpperCase()))),
				userChange(user.id(), 3,
						List.of(new FieldChange("first_name", "Ada", "Grace"),
								new FieldChange("last_name", "Lovelace", null),
								new FieldChange("email", email, "grace-" + user.username() + "@example.com"))));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(user(user).get("first_name")).isEqualTo("Grace"));
		Map<?, ?> shown = user(user);
		assertThat(shown.get("last_name")).isEqualTo("");
		assertThat(shown.get("email")).isEqualTo("grace-" + user.username() + "@example.com");
		assertThat(shown.get("version")).isEqualTo(2);
		assertThat(count("harmony.odoo.changes", "kind", "user", "outcome", "unchanged")).isEqualTo(unchanged + 1);
		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.USERS.name(this.suffix),
				user.id(), 2);
		assertThat(events.get(1).payload()).isInstanceOf(UserUpdated.class);
		assertThat(events.get(1).aggregateVersion()).isEqualTo(2);

		publish(userChange(user.id(), 4, List.of(new FieldChange("email", "grace-" + user.username() + "@example.com",
				other.username() + "@example.com"), new FieldChange("first_name", "Grace", "Ada"))));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(user(user).get("first_name")).isEqualTo("Ada"));
		assertThat(user(user).get("email")).isEqualTo("grace-" + user.username() + "@example.com");
	}

	private Map<?, ?> task(String id, NewUser caller) {
		return this.api.ok(HttpMethod.GET, "/api/tasks/" + id, caller.token(), null);
	}

	private Map<?, ?> project(String id, NewUser caller) {
		return this.api.ok(HttpMethod.GET, "/api/projects/" + id, caller.token(), null);
	}

	private Map<?, ?> user(NewUser user) {
		return this.api.ok(HttpMethod.GET, "/api/users/" + user.id(), user.token(), null);
	}

	private static EventEnvelope taskChange(String task, long version, List<FieldChange> changes, List<String> added,
			List<String> removed) {
		return EventEnvelope.of(new OdooRecordChanged(EntityKind.TASK, task, "project.task", 7000, version - 1,
				Instant.now(), changes, added, removed), version, Instant.now());
	}

	private static EventEnvelope projectChange(String project, long version, List<FieldChange> changes) {
		return EventEnvelope.of(new OdooRecordChanged(EntityKind.PROJECT, project, "project.project", 7000, 1,
				Instant.now(), changes, List.of(), List.of()), version, Instant.now());
	}

	private static EventEnvelope userChange(String user, long version, List<FieldChange> changes) {
		return EventEnvelope.of(new OdooRecordChanged(EntityKind.USER, user, "res.partner", 7000, 1, Instant.now(),
				changes, List.of(), List.of()), version, Instant.now());
	}

	/**
	 * Publishes events in order on the partition of the last one's key.
	 */
	private void publish(EventEnvelope... events) {
		String topic = Topic.ODOO_LINKS.name(this.suffix);
		int partition = Utils.toPositive(
				Utils.murmur2(events[events.length - 1].key().getBytes(StandardCharsets.UTF_8))) % Topic.PARTITIONS;
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers), new StringSerializer(),
				new ByteArraySerializer())) {
			for (EventEnvelope event : events) {
				producer.send(new ProducerRecord<>(topic, partition, event.key(), JSON.write(event))).get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private double count(String name, String... tags) {
		Counter counter = this.meters.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
