package com.geniusharmony.odoosync.ops;

import java.time.Instant;
import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.project.ProjectCreated;
import com.geniusharmony.events.task.TaskCreated;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.odoosync.SyncIntegrationTest;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.testing.ApiDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SyncOperationsApiIntegrationTests extends SyncIntegrationTest {

	@ParameterizedTest
	@CsvSource({ "GET,/api/sync/status", "GET,/api/sync/entities/user/1", "GET,/api/sync/failures",
			"POST,/api/sync/entities/user/1/resync", "POST,/api/sync/resync", "POST,/api/sync/parked/replay" })
	void refusesCallersWithoutATokenAndThoseWhoAreNotAdministrators(String method, String path) {
		this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType("application/problem+json");
		this.web.method(HttpMethod.valueOf(method))
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.user()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403);
	}

	@Test
	void showsTheStatusWithCountsLagAndTheLastDrain() {
		String id = user();
		awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED);
		admin(HttpMethod.GET, "/api/sync/status").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.configured")
			.isEqualTo(true)
			.jsonPath("$.paused")
			.isEqualTo(false)
			.jsonPath("$.circuit")
			.value((String circuit) -> assertThat(circuit).isIn("closed", "half_open", "open"))
			.jsonPath("$.entities.user.synced")
			.value((Integer count) -> assertThat(count).isPositive())
			.jsonPath("$.entities.task.parked")
			.exists()
			.jsonPath("$.budget.requests_per_second")
			.isNumber()
			.jsonPath("$.budget.used_per_second")
			.value((Number used) -> assertThat(used.doubleValue()).isNotNegative())
			.jsonPath("$.lag_seconds")
			.exists()
			.jsonPath("$.last_drain.claimed")
			.exists();
	}

	@Test
	void showsOneEntitysSyncStateAndItsLatestState() {
		String id = user();
		EntitySyncState synced = awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED);
		admin(HttpMethod.GET, "/api/sync/entities/user/" + id).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.kind")
			.isEqualTo("user")
			.jsonPath("$.id")
			.isEqualTo(id)
			.jsonPath("$.status")
			.isEqualTo("synced")
			.jsonPath("$.odoo_id")
			.isEqualTo(synced.odooId())
			.jsonPath("$.synced_version")
			.isEqualTo(1)
			.jsonPath("$.state.user.first_name")
			.isEqualTo("Rae");
	}

	@Test
	void answers404ForAnUnknownEntityAnd400ForAnUnknownKindOrStatus() {
		admin(HttpMethod.GET, "/api/sync/entities/user/no-such-user").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Not found");
		admin(HttpMethod.POST, "/api/sync/entities/task/no-such-task/resync").expectStatus().isNotFound();
		admin(HttpMethod.GET, "/api/sync/entities/invoice/1").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("kind");
		admin(HttpMethod.GET, "/api/sync/failures?status=synced").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		admin(HttpMethod.GET, "/api/sync/failures?page_size=0").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page_size");
	}

	@Test
	void listsTheFailuresWithTheirReasonsAndReplaysTheParkedOnes() {
		String task = parkedTask();
		admin(HttpMethod.GET, "/api/sync/failures?status=parked&page_size=100").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.count")
			.value((Integer count) -> assertThat(count).isPositive())
			.jsonPath("$.page_size")
			.isEqualTo(100)
			.jsonPath("$.results[?(@.id == '" + task + "')].last_error")
			.value((List<String> errors) -> assertThat(errors).singleElement().asString().contains("name"));
		admin(HttpMethod.POST, "/api/sync/parked/replay").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.entities")
			.value((Integer count) -> assertThat(count).isPositive())
			.jsonPath("$.dead_letters.read")
			.exists();
		EntitySyncState retried = await().atMost(WAIT)
			.until(() -> state(EntityKind.TASK, task),
					(state) -> state.status() == SyncStatus.FAILED && state.attempts() == 1);
		assertThat(retried.lastError()).contains("name");
	}

	@Test
	void resyncsOneEntityAndEverything() {
		String id = user();
		EntitySyncState synced = awaitStatus(EntityKind.USER, id, SyncStatus.SYNCED);
		Instant before = synced.syncedAt();
		admin(HttpMethod.POST, "/api/sync/entities/user/" + id + "/resync").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id);
		await().atMost(WAIT)
			.until(() -> state(EntityKind.USER, id),
					(state) -> state.status() == SyncStatus.SYNCED && state.syncedAt().isAfter(before));
		Instant beforeAll = state(EntityKind.USER, id).syncedAt();
		admin(HttpMethod.POST, "/api/sync/resync").expectStatus()
			.isAccepted()
			.expectBody()
			.jsonPath("$.entities")
			.value((Integer count) -> assertThat(count).isPositive());
		await().atMost(WAIT)
			.until(() -> state(EntityKind.USER, id),
					(state) -> state.status() == SyncStatus.SYNCED && state.syncedAt().isAfter(beforeAll));
		assertThat(odoo().records("res.partner")
			.stream()
			.filter((partner) -> partner.externalIds().contains(externalId(EntityKind.USER, id)))).hasSize(1);
	}

	@Test
	void describesTheOperationsApiWithItsJsonNamesInItsDocument() {
		JsonNode document = ApiDocument.served(this.web);
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/schemas/StatusResponse/properties").propertyNames())
			.contains("lag_seconds", "budget_fallback", "last_drain", "not_configured_reason")
			.doesNotContain("lagSeconds");
		assertThat(document.at("/paths/~1api~1sync~1entities~1{kind}~1{id}~1resync/post/responses").propertyNames())
			.contains("202", "401", "403", "404");
	}

	private WebTestClient.ResponseSpec admin(HttpMethod method, String path) {
		return this.web.method(method)
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange();
	}

	private String user() {
		String id = TestEvents.newId();
		publish(TestEvents.event(new UserCreated(TestEvents.user(id, "Rae", "Ops", "rae@example.com")), 1));
		return id;
	}

	private String parkedTask() {
		String owner = user();
		String project = TestEvents.newId();
		String task = TestEvents.newId();
		publish(TestEvents.event(new ProjectCreated(TestEvents.project(project, owner)), 1));
		publish(TestEvents.event(new TaskCreated(TestEvents.task(task, project, "", null, List.of())), 1));
		await().atMost(WAIT).until(() -> {
			sweep();
			return state(EntityKind.TASK, task);
		}, (state) -> state != null && state.status() == SyncStatus.PARKED);
		return task;
	}

}
