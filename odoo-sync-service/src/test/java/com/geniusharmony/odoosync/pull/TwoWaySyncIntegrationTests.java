package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.task.TaskStatus;
import com.geniusharmony.events.task.TaskUpdated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odooemulator.OdooRecord;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.SyncTestOdoo;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.TopicReader;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.kafka.EventRecords;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Both directions against the Odoo 18 emulator: a person's change in Odoo comes back as
 * an {@code odoo.record_changed} event, the sync's own writes do not, and a platform
 * change writes only its own fields, so that a change made in Odoo meanwhile stays.
 */
class TwoWaySyncIntegrationTests extends SyncIntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private OdooPoller poller;

	@Autowired
	private DatabaseClient database;

	@Test
	void aTaskChangedInOdooComesBackAsAChangeForThePlatform() {
		user("alice@example.com");
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(new TaskState(id, project, "Wireframes", "First draft",
				TaskStatus.IN_PROGRESS, LocalDate.of(2026, 12, 1), List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		assertThat(task.get("state")).isEqualTo("01_in_progress");

		ObjectNode edit = JSON.createObjectNode()
			.put("name", "Wireframes v2")
			.put("state", "1_done")
			.put("date_deadline", false);
		edit.putArray("user_ids").add(odooUserId(SyncTestOdoo.ALICE.login()));
		odoo().editAsPerson("project.task", task.id(), edit);

		OdooRecordChanged change = awaitChange(EntityKind.TASK, id);
		assertThat(change.basedOnVersion()).isEqualTo(1);
		assertThat(change.odooId()).isEqualTo(task.id());
		assertThat(change.changes()).containsExactlyInAnyOrder(new FieldChange("title", "Wireframes", "Wireframes v2"),
				new FieldChange("status", "in_progress", "done"), new FieldChange("deadline", "2026-12-01", null));
		// the store is shared by the test classes: one of the platform users with Alice's
		// email
		assertThat(change.assigneesAdded()).singleElement()
			.satisfies((added) -> assertThat(email(added)).isEqualToIgnoringCase(SyncTestOdoo.ALICE.email()));
		assertThat(change.assigneesRemoved()).isEmpty();
		assertThat(noted(id)).isEqualTo(1);
	}

	@Test
	void theSyncsOwnWritesDoNotComeBackAsChanges() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(new TaskState(id, project, "Budget", "Line one\n\nLine two",
				TaskStatus.DONE, LocalDate.of(2026, 12, 3), List.of())), 1));
		awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		publish(TestEvents.event(new TaskUpdated(new TaskState(id, project, "Budget 2027", "Line one\n\nLine two",
				TaskStatus.TODO, LocalDate.of(2026, 12, 4), List.of())), 2));
		await().atMost(WAIT).until(() -> state(EntityKind.TASK, id).syncedVersion(), (version) -> version == 2);

		pollUntilEveryModelCompletedAfter(Instant.now());

		assertThat(noted(id)).isZero();
		assertThat(held(id)).isEmpty();
	}

	@Test
	void aPlatformChangeWritesOnlyItsOwnFieldsAndKeepsOdoosNewerOnes() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(
				new TaskState(id, project, "Launch", "", TaskStatus.TODO, LocalDate.of(2026, 12, 10), List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("date_deadline", "2026-12-20"));

		// the push finds the record changed in Odoo, waits for the poll, then writes the
		// title only
		publish(TestEvents.event(new TaskUpdated(
				new TaskState(id, project, "Launch day", "", TaskStatus.TODO, LocalDate.of(2026, 12, 10), List.of())),
				2));
		OdooRecordChanged change = awaitChange(EntityKind.TASK, id);
		assertThat(change.changes()).containsExactly(new FieldChange("deadline", "2026-12-10", "2026-12-20"));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id).syncedVersion();
		}, (version) -> version == 2);

		OdooRecord written = odoo().record("project.task", task.id()).orElseThrow();
		assertThat(written.get("name")).isEqualTo("Launch day");
		assertThat(String.valueOf(written.get("date_deadline"))).startsWith("2026-12-20");
	}

	@Test
	void anOlderPlatformStateArrivingAfterAChangeWasHandedOverDoesNotUndoIt() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(
				new TaskState(id, project, "Ship", "", TaskStatus.IN_PROGRESS, LocalDate.of(2026, 12, 10), List.of())),
				1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("state", "1_done"));
		awaitChange(EntityKind.TASK, id);

		// a platform change made before core-service applied Odoo's: still in progress,
		// renamed
		publish(TestEvents.event(new TaskUpdated(new TaskState(id, project, "Ship it", "", TaskStatus.IN_PROGRESS,
				LocalDate.of(2026, 12, 10), List.of())), 2));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id).syncedVersion();
		}, (version) -> version == 2);
		OdooRecord written = odoo().record("project.task", task.id()).orElseThrow();
		assertThat(written.get("name")).isEqualTo("Ship it");
		assertThat(written.get("state")).isEqualTo("1_done");

		// core-service's answer: the change applied
		publish(TestEvents.event(new TaskUpdated(
				new TaskState(id, project, "Ship it", "", TaskStatus.DONE, LocalDate.of(2026, 12, 10), List.of())), 3));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id).syncedVersion();
		}, (version) -> version == 3);
		assertThat(odoo().record("project.task", task.id()).orElseThrow().get("state")).isEqualTo("1_done");
	}

	@Test
	void aProjectArchivedAndAContactRenamedInOdooComeBack() {
		String owner = user("owner@example.com");
		String project = project(owner);
		odoo().editAsPerson("project.project", awaitRecord(EntityKind.PROJECT, project).id(),
				JSON.createObjectNode().put("active", false).put("name", "Relaunch"));
		odoo().editAsPerson("res.partner", awaitRecord(EntityKind.USER, owner).id(),
				JSON.createObjectNode().put("name", "Jean-Pierre de La Fontaine"));

		assertThat(awaitChange(EntityKind.PROJECT, project).changes()).containsExactlyInAnyOrder(
				new FieldChange("name", "Project " + project, "Relaunch"),
				new FieldChange("archived", "false", "true"));
		assertThat(awaitChange(EntityKind.USER, owner).changes()).containsExactlyInAnyOrder(
				new FieldChange("first_name", "First", "Jean-Pierre"),
				new FieldChange("last_name", "Last", "de La Fontaine"));
	}

	@Test
	void anOdooStateWithoutAPlatformTwinIsReportedAndLeftInOdoo() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents
			.event(new TaskCreated(new TaskState(id, project, "Audit", "", TaskStatus.TODO, null, List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("state", "1_canceled"));

		OdooRecordChanged change = awaitChange(EntityKind.TASK, id);
		assertThat(change.changes()).containsExactly(new FieldChange("status", "todo", "done"));
		String warnings = this.database.sql("select warnings::text from odoo_change where entity_id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, String.class))
			.one()
			.block(Duration.ofSeconds(10));
		assertThat(warnings).contains("cancelled in Odoo");
	}

	@Test
	void aFieldChangedInOdooAfterThePlatformChangedItKeepsOdoosValueAndRecordsTheLoss() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Brief", null, List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("name", "Brief from Odoo"));
		// the platform's change was made a minute before Odoo's, and reaches the sync
		// only now
		publish(EventEnvelope.of(
				new TaskUpdated(TestEvents.task(id, project, "Brief from the platform", null, List.of())), 2,
				Instant.now().minusSeconds(60)));

		OdooRecordChanged change = awaitChange(EntityKind.TASK, id);
		assertThat(change.basedOnVersion()).isEqualTo(2);
		assertThat(change.changes())
			.containsExactly(new FieldChange("title", "Brief from the platform", "Brief from Odoo"));
		assertThat(conflicts(id)).contains("\"winner\": \"odoo\"").contains("\"lost\": \"Brief from the platform\"");
		assertThat(odoo().record("project.task", task.id()).orElseThrow().get("name")).isEqualTo("Brief from Odoo");
	}

	@Test
	void aFieldChangedOnThePlatformAfterOdooChangedItIsWrittenAndOdoosValueRecordedAsLost() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Memo", null, List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("name", "Memo from Odoo"));
		// Odoo keeps write_date to the second: the platform's change is clearly the later
		// one
		publish(EventEnvelope.of(
				new TaskUpdated(TestEvents.task(id, project, "Memo from the platform", null, List.of())), 2,
				Instant.now().plusSeconds(2)));

		await().atMost(WAIT).until(() -> {
			this.poller.pollNow().block(WAIT);
			sweep();
			return odoo().record("project.task", task.id()).orElseThrow().get("name");
		}, "Memo from the platform"::equals);
		assertThat(conflicts(id)).contains("\"winner\": \"platform\"").contains("\"lost\": \"Memo from Odoo\"");
		assertThat(change(EntityKind.TASK, id)).isNull();
	}

	@Test
	void anOdooUserAssignedInOdooWhoIsNoPlatformUserIsReportedAndStaysAssignedInOdoo() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Audit", null, List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		// Odoo's administrator has no email: no platform user can be found for them
		int administrator = odooUserId("admin");
		ObjectNode assign = JSON.createObjectNode();
		assign.putArray("user_ids").add(administrator);
		odoo().editAsPerson("project.task", task.id(), assign);

		await().atMost(WAIT).until(() -> {
			this.poller.pollNow().block(WAIT);
			return warnings(id);
		}, (warnings) -> warnings.contains("Odoo user " + administrator));
		assertThat(change(EntityKind.TASK, id)).isNull();

		publish(TestEvents.event(new TaskUpdated(TestEvents.task(id, project, "Audit 2027", null, List.of())), 2));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, id).syncedVersion();
		}, (version) -> version == 2);
		OdooRecord written = odoo().record("project.task", task.id()).orElseThrow();
		assertThat(written.get("name")).isEqualTo("Audit 2027");
		assertThat(written.get("user_ids")).isEqualTo(List.of(administrator));
	}

	@Test
	void aWebhookCallWithoutAValidSignatureIsRefusedAndAsksForNothing() {
		OffsetDateTime before = requestedAt();
		this.web.post()
			.uri("/api/sync/odoo-webhook")
			.bodyValue("{\"_model\": \"project.task\", \"_id\": 7}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Unauthorized");
		this.web.post()
			.uri("/api/sync/odoo-webhook")
			.header("X-Harmony-Signature", WebhookSignature.sign("another secret", "{}".getBytes()))
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(requestedAt()).isEqualTo(before);
	}

	@Test
	void aSignedWebhookCallBringsAChangeBackWithoutWaitingForTheInterval() {
		String project = project();
		String id = TestEvents.newId();
		publish(TestEvents
			.event(new TaskCreated(new TaskState(id, project, "Copy", "", TaskStatus.TODO, null, List.of())), 1));
		OdooRecord task = awaitRecord(EntityKind.TASK, id);
		awaitStatus(EntityKind.TASK, id, SyncStatus.SYNCED);
		odoo().editAsPerson("project.task", task.id(), JSON.createObjectNode().put("name", "Final copy"));

		byte[] body = ("{\"_model\": \"project.task\", \"_id\": " + task.id() + "}").getBytes();
		this.web.post()
			.uri("/api/sync/odoo-webhook")
			.header("X-Harmony-Signature", WebhookSignature.sign(WEBHOOK_SECRET, body))
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isAccepted();

		// no poll asked by the test: the interval is an hour, so the webhook's poll
		// brings it
		OdooRecordChanged change = await().atMost(WAIT)
			.until(() -> change(EntityKind.TASK, id), (found) -> found != null);
		assertThat(change.changes()).containsExactly(new FieldChange("title", "Copy", "Final copy"));
	}

	@Test
	void theStatusShowsEachModelsCursorAndThePullLag() {
		Instant before = Instant.now();
		pollUntilEveryModelCompletedAfter(before);
		this.web.get()
			.uri("/api/sync/status")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.pull.enabled")
			.isEqualTo(true)
			.jsonPath("$.pull.lag_seconds")
			.isNumber()
			.jsonPath("$.pull.models[*].model")
			.isEqualTo(List.of("project.project", "project.task", "res.partner"))
			.jsonPath("$.pull.models[0].cursor_write_date")
			.isNotEmpty();
	}

	private String warnings(String entityId) {
		return this.database
			.sql("select coalesce(string_agg(warnings::text, ','), '') from odoo_change where entity_id = :id")
			.bind("id", entityId)
			.map((row) -> row.get(0, String.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private String conflicts(String entityId) {
		return this.database
			.sql("select coalesce(string_agg(conflicts::text, ','), '') from odoo_change where entity_id = :id")
			.bind("id", entityId)
			.map((row) -> row.get(0, String.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private OffsetDateTime requestedAt() {
		return this.database.sql("select max(requested_at) from odoo_pull")
			.map((row) -> Optional.ofNullable(row.get(0, OffsetDateTime.class)))
			.one()
			.block(Duration.ofSeconds(10))
			.orElse(null);
	}

	private OdooRecordChanged change(EntityKind kind, String id) {
		String key = kind.wireName() + ":" + id;
		return TopicReader
			.readUntil(this.bootstrapServers, this.topicNames.of(Topic.ODOO_LINKS),
					(read) -> read.stream().anyMatch((record) -> key.equals(record.key())))
			.stream()
			.filter((record) -> key.equals(record.key()))
			.map(EventRecords::read)
			.map(EventEnvelope::payload)
			.filter(OdooRecordChanged.class::isInstance)
			.map(OdooRecordChanged.class::cast)
			.findFirst()
			.orElse(null);
	}

	private OdooRecordChanged awaitChange(EntityKind kind, String id) {
		return await().atMost(WAIT).until(() -> {
			this.poller.pollNow().block(WAIT);
			return change(kind, id);
		}, (change) -> change != null);
	}

	private void pollUntilEveryModelCompletedAfter(Instant after) {
		await().atMost(WAIT).until(() -> {
			this.poller.pollNow().block(WAIT);
			return this.poller.status().block(WAIT);
		}, (states) -> states.stream()
			.allMatch((state) -> state.lastCompletedAt() != null && state.lastCompletedAt().isAfter(after)));
	}

	private long noted(String entityId) {
		return this.database.sql("select count(*) from odoo_change where entity_id = :id")
			.bind("id", entityId)
			.map((row) -> row.get(0, Long.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private Optional<Long> held(String entityId) {
		return this.database.sql("select held_to_version from sync_entity where kind = 'task' and entity_id = :id")
			.bind("id", entityId)
			.map((row) -> Optional.ofNullable(row.get(0, Long.class)))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private String email(String userId) {
		return this.database
			.sql("select event->'data'->'user'->>'email' from sync_entity where kind = 'user' and entity_id = :id")
			.bind("id", userId)
			.map((row) -> row.get(0, String.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	private String project() {
		return project(user("owner@example.com"));
	}

	private String project(String owner) {
		String project = TestEvents.newId();
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		awaitRecord(EntityKind.PROJECT, project);
		awaitStatus(EntityKind.PROJECT, project, SyncStatus.SYNCED);
		return project;
	}

	private String user(String email) {
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(id, "First", "Last", email)), 1));
		awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED);
		return id;
	}

	private int odooUserId(String login) {
		return SyncTestOdoo.userId(odoo(), login);
	}

}
