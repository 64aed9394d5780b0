package com.geniusharmony.odooemulator.admin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.geniusharmony.odooemulator.OdooHttp;
import com.geniusharmony.odooemulator.RunningEmulator;
import com.geniusharmony.odooemulator.fault.Fault;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API out-of-process tests and benchmarks use.
 */
class AdminEndpointTests {

	@RegisterExtension
	static final RunningEmulator odoo = new RunningEmulator();

	@Test
	void reportsHealth() {
		HttpResponse<String> health = odoo.http().get("/__emulator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"harmony\",\"version\":18}");
	}

	@Test
	void injectsListsAndClearsFaults() {
		HttpResponse<String> injected = odoo.http()
			.post("/__emulator/faults",
					"{\"kind\": \"status\", \"status\": 429, \"retry_after\": 3, \"times\": 2, \"model\": \"res.partner\"}");
		assertThat(injected.statusCode()).isEqualTo(201);
		assertThat(odoo.emulator().faults().active()).singleElement().satisfies((active) -> {
			assertThat(active.fault())
				.isEqualTo(Fault.tooManyRequests(java.time.Duration.ofSeconds(3)).times(2).onlyFor("res.partner"));
			assertThat(active.remaining()).isEqualTo(2);
		});
		JsonNode listed = OdooHttp.json(odoo.http().get("/__emulator/faults").body());
		assertThat(listed.get(0).get("kind").stringValue()).isEqualTo("status");
		assertThat(odoo.http().send(delete("/__emulator/faults")).statusCode()).isEqualTo(200);
		assertThat(odoo.emulator().faults().active()).isEmpty();
	}

	@Test
	void refusesAnUnknownFaultKind() {
		HttpResponse<String> response = odoo.http().post("/__emulator/faults", "{\"kind\": \"meteor\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("kind must be");
	}

	@Test
	void reportsAndResetsRequestCounts() {
		odoo.http().jsonRpc("common", "version", List.of());
		JsonNode stats = OdooHttp.json(odoo.http().get("/__emulator/stats").body());
		assertThat(stats.get("total").intValue()).isEqualTo(1);
		assertThat(stats.get("per_call").get("common/version").intValue()).isEqualTo(1);
		assertThat(stats.get("max_per_second").intValue()).isEqualTo(1);
		odoo.http().send(delete("/__emulator/stats"));
		assertThat(odoo.emulator().requestCounts().total()).isZero();
	}

	@Test
	void setsTheThrottle() {
		JsonNode throttle = OdooHttp.json(odoo.http().post("/__emulator/throttle", "{\"preset\": \"odoo18\"}").body());
		assertThat(throttle.get("per_created_record_ms").doubleValue()).isEqualTo(25.0);
		assertThat(throttle.get("per_loaded_row_ms").doubleValue()).isEqualTo(8.5);
		assertThat(odoo.emulator().throttle().workers()).isEqualTo(1);
		odoo.http().post("/__emulator/throttle", "{\"preset\": \"none\"}");
	}

	@Test
	void listsRecordsWithTheirExternalIdsAndResetsData() {
		odoo.http()
			.result("res.partner", "load", List.of(List.of("id", "name"), List.of(List.of("harmony.user_1", "Ann"))),
					Map.of());
		JsonNode partners = OdooHttp.json(odoo.http().get("/__emulator/records/res.partner").body());
		assertThat(partners).anySatisfy((partner) -> {
			assertThat(partner.get("external_ids").get(0).stringValue()).isEqualTo("harmony.user_1");
			assertThat(partner.get("values").get("name").stringValue()).isEqualTo("Ann");
		});
		assertThat(odoo.http().post("/__emulator/reset", "").statusCode()).isEqualTo(200);
		assertThat(odoo.emulator().recordByExternalId("harmony.user_1")).isEmpty();
	}

	@Test
	void restartsSequences() {
		odoo.http().post("/__emulator/sequences", "{\"project.project\": 4}");
		assertThat(odoo.http().result("project.project", "create", List.of(Map.of("name", "P")), Map.of()).intValue())
			.isEqualTo(4);
	}

	@Test
	void changesARecordAsAPersonInOdooWould() {
		int project = odoo.http()
			.result("project.project", "create", List.of(Map.of("name", "Edited")), Map.of())
			.intValue();
		int task = odoo.http()
			.result("project.task", "create", List.of(Map.of("name", "Before", "project_id", project)), Map.of())
			.intValue();
		LocalDateTime writtenBefore = (LocalDateTime) odoo.emulator()
			.record("project.task", task)
			.orElseThrow()
			.values()
			.get("write_date");

		HttpResponse<String> edited = odoo.http()
			.send(patch("/__emulator/records/project.task/" + task, "{\"name\": \"After\", \"state\": \"1_done\"}"));

		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		JsonNode values = OdooHttp.json(edited.body()).get("values");
		assertThat(values.get("name").stringValue()).isEqualTo("After");
		assertThat(values.get("state").stringValue()).isEqualTo("1_done");
		// written now, so never before the create
		assertThat(LocalDateTime.parse(values.get("write_date").stringValue().replace(' ', 'T')))
			.isAfterOrEqualTo(writtenBefore);
		JsonNode read = odoo.http()
			.result("project.task", "read", List.of(List.of(task), List.of("name", "state")), Map.of());
		assertThat(read.get(0).get("state").stringValue()).isEqualTo("1_done");
	}

	@Test
	void stampsEveryRecordOfAMassEditWithTheSameWriteDateAsOdooDoes() {
		int project = odoo.http()
			.result("project.project", "create", List.of(Map.of("name", "Mass edited")), Map.of())
			.intValue();
		List<Integer> tasks = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			tasks.add(odoo.http()
				.result("project.task", "create", List.of(Map.of("name", "Task " + i, "project_id", project)), Map.of())
				.intValue());
		}
		odoo.emulator().editAsPerson("project.task", tasks, OdooHttp.json("{\"state\": \"03_approved\"}"));
		assertThat(tasks.stream()
			.map((task) -> odoo.emulator().record("project.task", task).orElseThrow().values().get("write_date"))
			.distinct()).hasSize(1);
		assertThat(tasks.stream()
			.map((task) -> odoo.emulator().record("project.task", task).orElseThrow().values().get("state"))
			.distinct()).containsExactly("03_approved");
	}

	@Test
	void refusesAChangeOdooWouldRefuseAndAnUnknownRecordOrModel() {
		int project = odoo.http()
			.result("project.project", "create", List.of(Map.of("name", "Refusing")), Map.of())
			.intValue();
		int task = odoo.http()
			.result("project.task", "create", List.of(Map.of("name", "Kept", "project_id", project)), Map.of())
			.intValue();
		HttpResponse<String> refused = odoo.http()
			.send(patch("/__emulator/records/project.task/" + task, "{\"state\": \"42_unheard_of\"}"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("42_unheard_of");
		assertThat(odoo.emulator().record("project.task", task).orElseThrow().values().get("state"))
			.isEqualTo("01_in_progress");
		assertThat(odoo.http().send(patch("/__emulator/records/project.task/999999", "{\"name\": \"x\"}")).statusCode())
			.isEqualTo(422);
		assertThat(odoo.http().send(patch("/__emulator/records/no.such.model/1", "{\"name\": \"x\"}")).statusCode())
			.isEqualTo(400);
		assertThat(odoo.http().send(patch("/__emulator/records/project.task/" + task, "{}")).statusCode())
			.isEqualTo(400);
	}

	private static HttpRequest patch(String path, String body) {
		return HttpRequest.newBuilder(URI.create(odoo.emulator().baseUrl() + path))
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build();
	}

	private static HttpRequest delete(String path) {
		return HttpRequest.newBuilder(URI.create(odoo.emulator().baseUrl() + path)).DELETE().build();
	}

}
