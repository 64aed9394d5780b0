package com.geniusharmony.odoosync.drift;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectArchived;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.project.ProjectState;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.task.TaskDeleted;
import com.geniusharmony.events.task.TaskState;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.odoosync.SyncTestBase;
import com.geniusharmony.odoosync.SyncTestOdoo;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.pull.OdooPoller;
import com.geniusharmony.odoosync.state.SyncStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The drift report over the real sync writing to an Odoo of its own (emptied before each
 * test, so that no other test's records show up), with core-service's REST API served by
 * a stub.
 */
class DriftReportIntegrationTests extends SyncTestBase {

	private static final OdooEmulator ODOO = OdooEmulator.start(OdooEmulatorConfig.defaults());

	private static final CoreServiceStub CORE = CoreServiceStub.start();

	private static final String TOKEN = OperatorTokens.admin();

	@Autowired
	private OdooClient odooClient;

	@Autowired
	private OdooPoller poller;

	@Autowired
	private DatabaseClient database;

	@DynamicPropertySource
	static void sources(DynamicPropertyRegistry registry) {
		SyncTestOdoo.register(registry, ODOO);
		registry.add("harmony.core.url", CORE::url);
	}

	@Override
	protected OdooEmulator odoo() {
		return ODOO;
	}

	@BeforeEach
	void emptyBothSides() {
		ODOO.reset();
		CORE.reset(TOKEN);
		// An emptied emulator numbers its records from 1 again, which a real Odoo never
		// does: the store's links to the records of before (this class's or another's,
		// whose emulators number from 1 too) would name the new records, and a change
		// polled from Odoo would go to their entities. The sync forgets them with Odoo.
		this.database.sql("delete from sync_entity").then().block(WAIT);
	}

	@Test
	void findsCoreServiceAndOdooInStepAfterTheSync() {
		world();
		drift().expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.in_step")
			.isEqualTo(true)
			.jsonPath("$.drift")
			.isEqualTo(0)
			.jsonPath("$.checked.user.core")
			.isEqualTo(2)
			.jsonPath("$.checked.user.odoo")
			.isEqualTo(2)
			.jsonPath("$.checked.project.core")
			.isEqualTo(2)
			// the deleted task's archived record is in Odoo, as expected
			.jsonPath("$.checked.task.core")
			.isEqualTo(2)
			.jsonPath("$.checked.task.odoo")
			.isEqualTo(3)
			.jsonPath("$.missing_in_odoo.length()")
			.isEqualTo(0)
			.jsonPath("$.not_in_core.length()")
			.isEqualTo(0)
			.jsonPath("$.differences.length()")
			.isEqualTo(0);
		assertThat(CORE.authorizations()).isNotEmpty().allMatch(("Bearer " + TOKEN)::equals);
	}

	@Test
	void reportsFieldsChangedInOdooBehindTheSyncsBack() {
		World world = world();
		write("res.partner", EntityKind.USER, world.owner().id(), Map.of("email", "someone@else.example"));
		write("project.task", EntityKind.TASK, world.task().id(),
				Map.of("date_deadline", "2026-08-01 09:00:00", "active", false));
		drift().expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.in_step")
			.isEqualTo(false)
			.jsonPath("$.drift")
			.isEqualTo(3)
			.jsonPath("$.lagging")
			.isEqualTo(0)
			.jsonPath("$.differences.length()")
			.isEqualTo(3)
			.jsonPath("$.differences[?(@.kind == 'user' && @.id == '" + world.owner().id() + "')].field")
			.isEqualTo(List.of("email"))
			.jsonPath("$.differences[?(@.field == 'email')].core")
			.isEqualTo(List.of(world.owner().email()))
			.jsonPath("$.differences[?(@.field == 'email')].odoo")
			.isEqualTo(List.of("someone@else.example"))
			.jsonPath("$.differences[?(@.field == 'email')].sync_status")
			.isEqualTo(List.of("synced"))
			.jsonPath("$.differences[?(@.field == 'deadline')].core")
			.isEqualTo(List.of("2026-07-16"))
			.jsonPath("$.differences[?(@.field == 'deadline')].odoo")
			.isEqualTo(List.of("2026-08-01"))
			.jsonPath("$.differences[?(@.field == 'active')].id")
			.isEqualTo(List.of(world.task().id()))
			.jsonPath("$.differences[?(@.field == 'active')].pending")
			.isEqualTo(List.of(false));
	}

	@Test
	void listsTheChangesFoundInOdooNewestFirst() {
		World world = world();
		ODOO.editAsPerson("project.task", odooId(EntityKind.TASK, world.task().id()).intValue(),
				JsonMapper.builder().build().createObjectNode().put("name", "Launch day"));
		String entry = "$.from_odoo[?(@.kind == 'task' && @.entity_id == '" + world.task().id() + "')]";
		await().atMost(WAIT).untilAsserted(() -> {
			this.poller.pollNow().block(WAIT);
			drift().expectStatus()
				.isOk()
				.expectBody()
				.jsonPath(entry + ".odoo_model")
				.isEqualTo(List.of("project.task"))
				.jsonPath(entry + ".changes[0].field")
				.isEqualTo(List.of("title"))
				.jsonPath(entry + ".changes[0].from")
				.isEqualTo(List.of("Launch"))
				.jsonPath(entry + ".changes[0].to")
				.isEqualTo(List.of("Launch day"));
		});
	}

	@Test
	void reportsRecordsMissingInOdooStrayOnesAndChangesStillOnTheirWay() {
		World world = world();
		this.odooClient.unlink("project.task", List.of(odooId(EntityKind.TASK, world.task().id()))).block();
		UserState unknown = TestEvents.user(TestEvents.newId(), "Never", "Sent", "never@example.com");
		CORE.add("users", user(unknown, 1));
		UserState stray = TestEvents.user(TestEvents.newId(), "Only", "Odoo", "only@example.com");
		publish(TestEvents.event(new UserCreated(stray), 1));
		awaitSynced(EntityKind.USER, stray.id(), 1);
		// a project whose owner the sync has not seen waits: a change on its way, not
		// drift
		ProjectState waiting = TestEvents.project(TestEvents.newId(), TestEvents.newId());
		publish(TestEvents.event(new ProjectCreated(waiting), 1));
		await().atMost(WAIT).until(() -> state(EntityKind.PROJECT, waiting.id()), (state) -> state != null);
		CORE.add("projects", project(waiting, 1));
		drift().expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.in_step")
			.isEqualTo(false)
			.jsonPath("$.drift")
			.isEqualTo(3)
			.jsonPath("$.lagging")
			.isEqualTo(1)
			.jsonPath("$.missing_in_odoo[?(@.kind == 'task')].id")
			.isEqualTo(List.of(world.task().id()))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'task')].sync_status")
			.isEqualTo(List.of("synced"))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'user')].id")
			.isEqualTo(List.of(unknown.id()))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'user')].sync_status")
			.isEqualTo(Collections.singletonList(null))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'project')].id")
			.isEqualTo(List.of(waiting.id()))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'project')].sync_status")
			.isEqualTo(List.of("pending"))
			.jsonPath("$.missing_in_odoo[?(@.kind == 'project')].pending")
			.isEqualTo(List.of(true))
			.jsonPath("$.not_in_core.length()")
			.isEqualTo(1)
			.jsonPath("$.not_in_core[0].kind")
			.isEqualTo("user")
			.jsonPath("$.not_in_core[0].id")
			.isEqualTo(stray.id())
			.jsonPath("$.not_in_core[0].odoo_id")
			.isEqualTo(odooId(EntityKind.USER, stray.id()).intValue())
			.jsonPath("$.differences.length()")
			.isEqualTo(0);
	}

	@Test
	void refusesCallersWithoutATokenAndThoseWhoAreNotAdministrators() {
		this.web.get()
			.uri("/api/sync/drift")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType("application/problem+json");
		this.web.get()
			.uri("/api/sync/drift")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.user()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403);
		assertThat(CORE.authorizations()).isEmpty();
	}

	@Test
	void answers502WhenCoreServiceCannotBeRead() {
		CORE.failWith(503);
		drift().expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("core-service unavailable")
			.jsonPath("$.detail")
			.isEqualTo("core-service answered HTTP 503 on /api/users.");
	}

	private WebTestClient.ResponseSpec drift() {
		return this.web.get().uri("/api/sync/drift").headers((headers) -> headers.setBearerAuth(TOKEN)).exchange();
	}

	/**
	 * Users (one named after the username), an active and an archived project, a task
	 * with a deadline, one in the archived project and a deleted one, synced to Odoo and
	 * served by core-service as they are.
	 */
	private World world() {
		UserState owner = TestEvents.user(TestEvents.newId(), "Ada", "Lovelace", "ada@example.com");
		UserState nameless = new UserState(TestEvents.newId(), "nameless", "", "", "", true);
		ProjectState active = TestEvents.project(TestEvents.newId(), owner.id());
		ProjectState created = TestEvents.project(TestEvents.newId(), nameless.id());
		ProjectState archived = new ProjectState(created.id(), created.name(), "", nameless.id(),
				List.of(nameless.id()), null, null, true);
		TaskState task = TestEvents.task(TestEvents.newId(), active.id(), "Launch", LocalDate.of(2026, 7, 16),
				List.of());
		TaskState shelved = TestEvents.task(TestEvents.newId(), archived.id(), "Shelved", null, List.of());
		TaskState deleted = TestEvents.task(TestEvents.newId(), active.id(), "Dropped", null, List.of());
		publish(TestEvents.event(new UserCreated(owner), 1));
		publish(TestEvents.event(new UserCreated(nameless), 1));
		publish(TestEvents.event(new ProjectCreated(active), 1));
		publish(TestEvents.event(new ProjectCreated(created), 1));
		publish(TestEvents.event(new ProjectArchived(archived), 2));
		publish(TestEvents.event(new TaskCreated(task), 1));
		publish(TestEvents.event(new TaskCreated(shelved), 1));
		publish(TestEvents.event(new TaskCreated(deleted), 1));
		awaitSynced(EntityKind.TASK, deleted.id(), 1);
		publish(TestEvents.event(new TaskDeleted(deleted), 2));
		awaitSynced(EntityKind.USER, owner.id(), 1);
		awaitSynced(EntityKind.USER, nameless.id(), 1);
		awaitSynced(EntityKind.PROJECT, active.id(), 1);
		awaitSynced(EntityKind.PROJECT, archived.id(), 2);
		awaitSynced(EntityKind.TASK, task.id(), 1);
		awaitSynced(EntityKind.TASK, shelved.id(), 1);
		awaitSynced(EntityKind.TASK, deleted.id(), 2);
		CORE.add("users", user(owner, 1));
		CORE.add("users", user(nameless, 1));
		CORE.add("projects", project(active, 1));
		CORE.add("projects", project(archived, 2));
		CORE.add("tasks", task(task, 1));
		CORE.add("tasks", task(shelved, 1));
		return new World(owner, task);
	}

	private void awaitSynced(EntityKind kind, String id, long version) {
		await().atMost(WAIT)
			.until(() -> state(kind, id), (state) -> state != null && state.status() == SyncStatus.SYNCED
					&& state.syncedVersion() != null && state.syncedVersion() == version);
	}

	private Long odooId(EntityKind kind, String id) {
		return (long) odoo().recordByExternalId(externalId(kind, id)).orElseThrow().id();
	}

	/** Writes to Odoo as someone else would, without the sync knowing. */
	private void write(String model, EntityKind kind, String id, Map<String, Object> values) {
		this.odooClient.write(model, List.of(odooId(kind, id)), values).block();
	}

	private static Map<String, Object> user(UserState user, long version) {
		Map<String, Object> json = entity(user.id(), version);
		json.putAll(Map.of("username", user.username(), "email", user.email(), "first_name", user.firstName(),
				"last_name", user.lastName(), "active", user.active(), "is_admin", false));
		return json;
	}

	private static Map<String, Object> project(ProjectState project, long version) {
		Map<String, Object> json = entity(project.id(), version);
		json.putAll(Map.of("name", project.name(), "description", project.description(), "owner_id", project.ownerId(),
				"member_ids", project.memberIds(), "archived", project.archived()));
		json.put("start_date", project.startDate());
		json.put("end_date", project.endDate());
		return json;
	}

	private static Map<String, Object> task(TaskState task, long version) {
		Map<String, Object> json = entity(task.id(), version);
		json.putAll(Map.of("project_id", task.projectId(), "title", task.title(), "description", task.description(),
				"status", task.status().name().toLowerCase(Locale.ROOT), "assignee_ids", task.assigneeIds()));
		json.put("deadline", (task.deadline() != null) ? task.deadline().toString() : null);
		return json;
	}

	private static Map<String, Object> entity(String id, long version) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("version", version);
		json.put("odoo_id", null);
		json.put("sync_status", "synced");
		return json;
	}

	private record World(UserState owner, TaskState task) {

	}

}
