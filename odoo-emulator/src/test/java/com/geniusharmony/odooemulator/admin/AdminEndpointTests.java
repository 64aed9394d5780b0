package com.geniusharmony.odooemulator.admin;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

	private static HttpRequest delete(String path) {
		return HttpRequest.newBuilder(URI.create(odoo.emulator().baseUrl() + path)).DELETE().build();
	}

}
