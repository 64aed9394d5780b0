package com.geniusharmony.odoosync.pull;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.Infrastructure;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odoosync.OdooSyncServiceApplication;
import com.geniusharmony.odoosync.SyncTestOdoo;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.TopicReader;
import com.geniusharmony.odoosync.batch.SyncInstances;
import com.geniusharmony.support.kafka.EventRecords;
import com.geniusharmony.support.testing.ServiceJvm;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The poller of an instance is killed in the middle of a poll, with a page of records
 * read and claimed but not recorded; another instance takes the poll over once the leases
 * end, reads again from the cursor (the overlap brings back the pages already recorded),
 * and every change made in Odoo reaches the platform exactly once.
 */
class PollerKilledMidPollIntegrationTests {

	private static final int TASKS = 12;

	private static final String SECRET = "poller-killed-test-secret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void anotherInstanceFinishesTheKilledPollAndEveryChangeComesBackOnce() throws Exception {
		try (OdooEmulator odoo = OdooEmulator.start(OdooEmulatorConfig.defaults().withUsers(SyncTestOdoo.ALICE));
				SyncInstances instances = new SyncInstances("pollkill", odoo,
						Map.of("HARMONY_SYNC_PULL_INTERVAL", "1h", "HARMONY_SYNC_PULL_PAGE_SIZE", "5",
								"HARMONY_SYNC_PULL_LEASE", "5s", "HARMONY_SYNC_WEBHOOK_SECRET", SECRET,
								"ODOO_REQUEST_TIMEOUT", "60s"))) {
			Path logs = Path.of("target", "poller-killed-test");
			String alice = TestEvents.newId();
			String project = TestEvents.newId();
			List<String> tasks = new ArrayList<>();
			List<EventEnvelope> events = new ArrayList<>();
			events.add(TestEvents.event(new UserCreated(TestEvents.user(alice, "Alice", "Martin", "alice@example.com")),
					1));
			events.add(TestEvents.event(new ProjectCreated(TestEvents.project(project, alice)), 1));
			for (int i = 0; i < TASKS; i++) {
				String id = TestEvents.newId();
				tasks.add(id);
				events.add(TestEvents.event(new TaskCreated(TestEvents.task(id, project, "Task " + i, null, List.of())),
						1));
			}
			ServiceJvm first = ServiceJvm.start(OdooSyncServiceApplication.class, instances.environment("first"),
					Ports.free(), logs.resolve("first.log"));
			try {
				// its first polls, at start, complete before anything is in Odoo;
				// the next one is the webhook's, an hour before the interval's
				await().atMost(Duration.ofSeconds(60))
					.until(() -> instances.count("odoo_pull", "last_completed_at is not null") == 3);
				instances.publish(events);
				await().atMost(Duration.ofSeconds(90)).until(() -> instances.count("status = 'synced'") == TASKS + 2);
				// the first five tasks (the first page) are renamed; the others are also
				// assigned to Alice, whose Odoo user the poller looks up for the second
				// page: that request hangs, and the instance dies waiting for it.
				odoo.faults()
					.inject(Fault.latency(Duration.ofSeconds(30)).onlyFor("res.users", "search_read").times(1));
				int aliceUser = SyncTestOdoo.userId(odoo, SyncTestOdoo.ALICE.login());
				// two mass edits: every record of one gets the same write_date, the
				// second's
				// seven more than a page
				odoo.editAsPerson("project.task", odooIds(odoo, tasks.subList(0, 5)),
						JSON.createObjectNode().put("name", "Renamed in Odoo"));
				ObjectNode assign = JSON.createObjectNode().put("name", "Renamed and assigned in Odoo");
				assign.putArray("user_ids").add(aliceUser);
				odoo.editAsPerson("project.task", odooIds(odoo, tasks.subList(5, TASKS)), assign);
				askForAPoll(first.port());
				await().atMost(Duration.ofSeconds(60)).until(() -> odoo.faults().active().isEmpty());
			}
			finally {
				first.kill();
			}
			// the first page is recorded, the second is claimed and not
			assertThat(instances.count("odoo_change", "kind = 'task'")).isEqualTo(5);
			assertThat(instances.count("claimed_by = 'first'")).isEqualTo(5);

			Map<String, String> secondEnvironment = new HashMap<>(instances.environment("second"));
			secondEnvironment.put("HARMONY_SYNC_PULL_INTERVAL", "1s");
			try (ServiceJvm second = ServiceJvm.start(OdooSyncServiceApplication.class, secondEnvironment, Ports.free(),
					logs.resolve("second.log"))) {
				await().atMost(Duration.ofMinutes(2))
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> instances.count("odoo_change", "kind = 'task'") == TASKS);
				// one more complete poll of the tasks re-reads them all (overlap) and
				// adds nothing
				await().atMost(Duration.ofMinutes(1))
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> instances.count("odoo_pull",
							"model = 'project.task'"
									+ " and last_started_at > (select max(detected_at) from odoo_change)"
									+ " and last_completed_at >= last_started_at") == 1);
			}
			assertThat(instances.count("odoo_change", "kind = 'task'")).isEqualTo(TASKS);
			Map<String, Long> changesPerTask = TopicReader
				.readUntil(Infrastructure.shared().kafka().bootstrapServers(),
						Topic.ODOO_LINKS.name(instances.topicSuffix()),
						(read) -> changes(read.stream().map(EventRecords::read).toList()).size() >= TASKS)
				.stream()
				.map(EventRecords::read)
				.filter((event) -> event.payload() instanceof OdooRecordChanged)
				.collect(Collectors.groupingBy((event) -> ((OdooRecordChanged) event.payload()).entityId(),
						Collectors.counting()));
			assertThat(changesPerTask).containsOnlyKeys(tasks).allSatisfy((task, count) -> assertThat(count).isOne());
		}
	}

	private static void askForAPoll(int port) throws Exception {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sync/odoo-webhook"))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.HEADER, WebhookSignature.sign(SECRET, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(202);
	}

	private static List<OdooRecordChanged> changes(List<EventEnvelope> events) {
		return events.stream()
			.map(EventEnvelope::payload)
			.filter(OdooRecordChanged.class::isInstance)
			.map(OdooRecordChanged.class::cast)
			.toList();
	}

	private static List<Integer> odooIds(OdooEmulator odoo, List<String> taskIds) {
		return taskIds.stream()
			.map((task) -> odoo.recordByExternalId("harmony.task_" + task).orElseThrow().id())
			.toList();
	}

}
