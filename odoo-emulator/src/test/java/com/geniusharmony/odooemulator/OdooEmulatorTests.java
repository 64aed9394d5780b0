package com.geniusharmony.odooemulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.stats.RequestCounts;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java API other modules' tests use.
 */
class OdooEmulatorTests {

	@RegisterExtension
	static final RunningEmulator odoo = new RunningEmulator(OdooEmulatorConfig.defaults()
		.withUsers(EmulatedUser.of("ann", "Ann Lee", "ann@example.com"),
				new EmulatedUser("bot", "Sync Bot", null, "bot-password", "bot-key")));

	@Test
	void listensOnAFreePortOfLoopback() {
		assertThat(odoo.emulator().port()).isPositive();
		assertThat(odoo.emulator().baseUrl()).isEqualTo("http://127.0.0.1:" + odoo.emulator().port());
	}

	@Test
	void createsConfiguredUsersFindableByEmail() {
		JsonNode users = odoo.http()
			.result("res.users", "search_read", List.of(List.of(List.of("partner_id.email", "=", "ann@example.com"))),
					Map.of("fields", List.of("login")));
		assertThat(users).singleElement()
			.satisfies((user) -> assertThat(user.get("login").stringValue()).isEqualTo("ann"));
	}

	@Test
	void letsUsersLogInWithTheirPasswordOrApiKey() {
		JsonNode byPassword = odoo.http().jsonRpc("common", "login", List.of("harmony", "bot", "bot-password"));
		JsonNode byKey = odoo.http().jsonRpc("common", "login", List.of("harmony", "bot", "bot-key"));
		assertThat(byPassword.get("result").isIntegralNumber()).isTrue();
		assertThat(byKey.get("result")).isEqualTo(byPassword.get("result"));
		assertThat(odoo.http().jsonRpc("common", "login", List.of("harmony", "ann", "")).get("result").booleanValue())
			.isFalse();
	}

	@Test
	void showsWhatLandedByExternalId() {
		odoo.http()
			.result("project.task", "load", List.of(List.of("id", "name", "date_deadline"),
					List.of(List.of("harmony.task_7", "Wireframes", "2026-12-01 10:00:00"))), Map.of());
		OdooRecord task = odoo.emulator().recordByExternalId("harmony.task_7").orElseThrow();
		assertThat(task.model()).isEqualTo("project.task");
		assertThat(task.get("name")).isEqualTo("Wireframes");
		assertThat(task.get("date_deadline")).hasToString("2026-12-01T10:00");
		assertThat(task.externalIds()).containsExactly("harmony.task_7");
		assertThat(task.active()).isTrue();
		assertThat(odoo.emulator().record("project.task", task.id())).contains(task);
	}

	@Test
	void restoresTheStartingStateOnReset() {
		odoo.http().result("res.partner", "create", List.of(Map.of("name", "Temp")), Map.of());
		odoo.emulator().faults().inject(Fault.status(503));
		odoo.emulator().reset();
		assertThat(odoo.emulator().records("res.partner")).noneMatch((record) -> "Temp".equals(record.get("name")));
		assertThat(odoo.emulator().faults().active()).isEmpty();
		assertThat(odoo.emulator().requestCounts().total()).isZero();
		assertThat(odoo.emulator().recordByExternalId("base.user_admin")).isPresent();
	}

	@Test
	void givesTheIdsASequenceRestartNames() {
		odoo.emulator().restartSequence("res.partner", 919);
		assertThat(odoo.http().result("res.partner", "create", List.of(Map.of("name", "T")), Map.of()).intValue())
			.isEqualTo(919);
	}

	@Test
	void countsRequestsPerCallButNotAdminRequests() {
		odoo.http().result("res.partner", "create", List.of(Map.of("name", "A")), Map.of());
		odoo.http().result("res.partner", "create", List.of(Map.of("name", "B")), Map.of());
		odoo.http().jsonRpc("common", "login", List.of("harmony", "admin", "admin"));
		odoo.http().get("/__emulator/stats");
		RequestCounts counts = odoo.emulator().requestCounts();
		assertThat(counts.total()).isEqualTo(3);
		assertThat(counts.calls("res.partner", "create")).isEqualTo(2);
		assertThat(counts.calls("common", "login")).isEqualTo(1);
		assertThat(counts.perSecond().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
		assertThat(counts.maxInAnySecond()).isBetween(counts.maxPerSecond(), 3L);
	}

	@Test
	void throttlesIngestionOnWorkersWithoutLosingRecords() {
		odoo.emulator().throttle(new Throttle(Duration.ofMillis(5), Duration.ofMillis(1), Map.of(), 1));
		JsonNode ids = odoo.http()
			.result("res.partner", "create", List.of(List.of(Map.of("name", "T1"), Map.of("name", "T2"))), Map.of());
		assertThat(ids).hasSize(2);
		assertThat(odoo.emulator().throttle().workers()).isEqualTo(1);
		odoo.emulator().throttle(Throttle.none());
	}

}
