package com.geniusharmony.odoosync.odoo;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.stats.Arrival;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.geniusharmony.odoosync.odoo.OdooFailureAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-RPC client against the Odoo emulator: every call of the contract, and each
 * kind of failure, none of which shows the password.
 */
class JsonRpcOdooClientTests extends OdooEmulatorTestBase {

	private OdooProtocolClient client;

	@BeforeEach
	void connect() {
		this.client = TestOdoo.client(TestOdoo.settings(odoo, OdooProtocol.JSONRPC), this.budget, this.meters);
	}

	@Test
	void readsTheServerVersion() {
		StepVerifier.create(this.client.version())
			.assertNext((version) -> assertThat(version.major()).isEqualTo(18))
			.verifyComplete();
	}

	@Test
	void logsInAndAnswersTheUserId() {
		StepVerifier.create(this.client.authenticate()).expectNext(2L).verifyComplete();
	}

	@Test
	void logsInOnceForAllCalls() {
		for (int i = 0; i < 3; i++) {
			StepVerifier.create(this.client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
		}
		assertThat(odoo.requestCounts().calls("common", "login")).isEqualTo(1);
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(3);
	}

	@Test
	void writesNothingOnAPermitReachedLateAndAsksForWiderOnes() {
		this.budget.refuseOnWire(3);

		StepVerifier.create(this.client.version()).expectNextCount(1).verifyComplete();

		assertThat(odoo.requestCounts().total()).isEqualTo(1);
		assertThat(this.budget.slotsAsked()).containsExactly(1, 2, 4, 8);
	}

	@Test
	void tellsOdooTheSlotAndTheMomentOfEachRequest() {
		StepVerifier.create(this.client.version()).expectNextCount(1).verifyComplete();

		Arrival arrival = odoo.requestArrivals().get(0);
		assertThat(arrival.slot()).isNotNull();
		assertThat(arrival.written()).isNotNull().isAfterOrEqualTo(arrival.slot()).isBeforeOrEqualTo(arrival.at());
	}

	@Test
	void takesOnePermitPerRequestSent() {
		StepVerifier.create(this.client.searchRead("res.partner", List.of(), List.of("name"), false))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(this.client.version()).expectNextCount(1).verifyComplete();
		assertThat(odoo.requestCounts().total()).isEqualTo(3);
		assertThat(this.budget.acquired()).isEqualTo(3);
	}

	@Test
	void saysPlainlyThatOdooRefusedTheLogin() {
		OdooProtocolClient wrong = TestOdoo.client(TestOdoo.settings("127.0.0.1", odoo.port(), OdooProtocol.JSONRPC,
				"harmony", "admin", "not-the-password"), this.budget, this.meters);
		OdooException failure = failsWith(wrong.authenticate(), OdooErrorKind.CREDENTIALS_REJECTED);
		assertThat(failure.getMessage()).contains("refused the login of admin on database harmony")
			.contains("wrong ODOO_USERNAME or ODOO_PASSWORD")
			.doesNotContain("not-the-password");
		failsWith(wrong.fieldsGet("res.partner"), OdooErrorKind.CREDENTIALS_REJECTED);
	}

	@Test
	void namesAnUnknownDatabase() {
		OdooProtocolClient other = TestOdoo.client(
				TestOdoo.settings("127.0.0.1", odoo.port(), OdooProtocol.JSONRPC, "nodb", "admin", TestOdoo.PASSWORD),
				this.budget, this.meters);
		assertThat(failsWith(other.authenticate(), OdooErrorKind.UNKNOWN_DATABASE).getMessage())
			.contains("database \"nodb\" does not exist");
	}

	@Test
	void loadUpsertsByExternalId() {
		List<String> fields = List.of("id", "name", "email");
		StepVerifier.create(
				this.client.load("res.partner", fields, List.of(List.of("harmony.user_1", "Ann Lee", "ann@example.com"),
						List.of("harmony.user_2", "Bob Ray", "bob@example.com"))))
			.assertNext((result) -> {
				assertThat(result.accepted()).isTrue();
				assertThat(result.ids()).hasSize(2);
			})
			.verifyComplete();
		long annId = odoo.recordByExternalId("harmony.user_1").orElseThrow().id();
		StepVerifier
			.create(this.client.load("res.partner", fields,
					List.of(List.of("harmony.user_1", "Ann Lee-Smith", "ann@example.com"))))
			.assertNext((result) -> assertThat(result.ids()).containsExactly(annId))
			.verifyComplete();
		assertThat(odoo.recordByExternalId("harmony.user_1").orElseThrow().get("name")).isEqualTo("Ann Lee-Smith");
	}

	@Test
	void loadRefusedWholeTellsWhichRowAndField() {
		StepVerifier
			.create(this.client.load("project.project", List.of("id", "name"),
					List.of(List.of("harmony.project_1", "Intranet"))))
			.expectNextCount(1)
			.verifyComplete();
		StepVerifier.create(
				this.client
					.load("project.task", List.of("id", "name", "project_id/id"),
							List.of(List.of("harmony.task_1", "Good", "harmony.project_1"),
									List.of("harmony.task_2", "Bad", "harmony.project_missing"))))
			.assertNext((result) -> {
				assertThat(result.accepted()).isFalse();
				assertThat(result.messages()).singleElement().satisfies((message) -> {
					assertThat(message.isError()).isTrue();
					assertThat(message.row()).isEqualTo(1);
					assertThat(message.field()).isEqualTo("project_id");
					assertThat(message.message()).contains("harmony.project_missing");
				});
			})
			.verifyComplete();
		assertThat(odoo.recordByExternalId("harmony.task_1")).isEmpty();
		assertThat(this.meters.get("harmony.odoo.requests")
			.tag("method", "load")
			.tag("outcome", "rejected")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void searchReadLeavesArchivedRecordsOutUnlessAsked() {
		long id = loadPartner("harmony.user_9", "Old Partner");
		StepVerifier.create(this.client.write("res.partner", List.of(id), Map.of("active", false))).verifyComplete();
		List<Object> domain = List.of(List.of("id", "=", id));
		StepVerifier.create(this.client.searchRead("res.partner", domain, List.of("name"), false))
			.assertNext((records) -> assertThat(records).isEmpty())
			.verifyComplete();
		StepVerifier.create(this.client.searchRead("res.partner", domain, List.of("name", "active"), true))
			.assertNext((records) -> assertThat(records).singleElement().satisfies((record) -> {
				assertThat(record.get("name").asString()).isEqualTo("Old Partner");
				assertThat(record.get("active").asBoolean()).isFalse();
			}))
			.verifyComplete();
	}

	@Test
	void writesAndUnlinks() {
		long id = loadPartner("harmony.user_3", "Carol");
		StepVerifier.create(this.client.write("res.partner", List.of(id), Map.of("email", "carol@example.com")))
			.verifyComplete();
		assertThat(odoo.record("res.partner", (int) id).orElseThrow().get("email")).isEqualTo("carol@example.com");
		StepVerifier.create(this.client.unlink("res.partner", List.of(id))).verifyComplete();
		assertThat(odoo.record("res.partner", (int) id)).isEmpty();
		failsWith(this.client.write("res.partner", List.of(id), Map.of("name", "again")), OdooErrorKind.MISSING_RECORD);
	}

	@Test
	void describesTheFieldsOfAModel() {
		StepVerifier.create(this.client.fieldsGet("project.task")).assertNext((fields) -> {
			assertThat(fields.get("date_deadline").type()).isEqualTo("datetime");
			assertThat(fields.get("project_id").relation()).isEqualTo("project.project");
			assertThat(fields.get("name").required()).isTrue();
			assertThat(fields.get("description").relation()).isNull();
		}).verifyComplete();
	}

	@Test
	void tellsEachKindOfRefusal() {
		long project = loadRecord("project.project", "harmony.project_2", "Website");
		failsWith(this.client.write("project.project", List.of(project), Map.of("name", false)),
				OdooErrorKind.VALIDATION);
		failsWith(this.client.write("res.partner", List.of(project), Map.of("no_such_field", 1)),
				OdooErrorKind.BAD_REQUEST);
		failsWith(this.client.searchRead("x.nomodel", List.of(), List.of(), false), OdooErrorKind.NOT_FOUND);
		failsWith(this.client.call(new OdooCall("res.partner", "no_such_method"), Map.of()), OdooErrorKind.NOT_FOUND);
		failsWith(this.client.call(new OdooCall("res.partner", "_compute_display_name"), Map.of()),
				OdooErrorKind.ACCESS_DENIED);
		failsWith(this.client.unlink("res.users", List.of(2L)), OdooErrorKind.USER_ERROR);
	}

	@Test
	void tellsARateLimitAndHowLongToWait() {
		odoo.faults().inject(Fault.tooManyRequests(Duration.ofSeconds(7)).times(1));
		OdooException failure = failsWith(this.client.version(), OdooErrorKind.RATE_LIMITED);
		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
		odoo.faults().inject(Fault.status(503).withRetryAfter(Duration.ofSeconds(3)).times(1));
		assertThat(failsWith(this.client.version(), OdooErrorKind.RATE_LIMITED).retryAfter())
			.contains(Duration.ofSeconds(3));
		odoo.faults().inject(Fault.tooManyRequests(null).times(1));
		assertThat(failsWith(this.client.version(), OdooErrorKind.RATE_LIMITED).retryAfter()).isEmpty();
	}

	@Test
	void tellsThatOdooIsUnavailable() {
		odoo.faults().inject(Fault.status(503).times(1));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		odoo.faults().inject(Fault.status(502).times(1));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		odoo.faults().inject(Fault.dropConnection().times(1));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		odoo.faults().inject(Fault.dropResponse().times(1));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		odoo.faults().inject(Fault.timeout().times(1));
		assertThat(failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE).getMessage())
			.contains("did not answer common.version within 2000 ms");
	}

	@Test
	void tellsThatNothingListensOrTheHostIsUnknown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		OdooProtocolClient nobody = TestOdoo.client(
				TestOdoo.settings("127.0.0.1", closedPort, OdooProtocol.JSONRPC, "harmony", "admin", TestOdoo.PASSWORD),
				this.budget, this.meters);
		assertThat(failsWith(nobody.authenticate(), OdooErrorKind.UNAVAILABLE).getMessage())
			.contains("Nothing accepts connections at 127.0.0.1:" + closedPort);
		OdooProtocolClient unknown = TestOdoo.client(TestOdoo.settings("odoo.host.invalid", 8069, OdooProtocol.JSONRPC,
				"harmony", "admin", TestOdoo.PASSWORD), this.budget, this.meters);
		assertThat(failsWith(unknown.authenticate(), OdooErrorKind.UNAVAILABLE).getMessage())
			.contains("odoo.host.invalid could not be resolved");
	}

	@Test
	void tellsThatTheServerIsNotOdoo() {
		odoo.faults().inject(Fault.status(404).times(1));
		assertThat(failsWith(this.client.version(), OdooErrorKind.PROTOCOL).getMessage()).contains("HTTP 404");
	}

	@Test
	void countsAndTimesEachRequest() {
		StepVerifier.create(this.client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
		odoo.faults().inject(Fault.status(502).times(1));
		failsWith(this.client.fieldsGet("res.partner"), OdooErrorKind.UNAVAILABLE);
		assertThat(count("res.partner", "fields_get", "ok")).isEqualTo(1);
		assertThat(count("res.partner", "fields_get", "unavailable")).isEqualTo(1);
		assertThat(count("common", "login", "ok")).isEqualTo(1);
		assertThat(this.meters.get("harmony.odoo.request.duration").tag("method", "fields_get").timer().count())
			.isEqualTo(2);
	}

	private double count(String model, String method, String outcome) {
		return this.meters.get("harmony.odoo.requests")
			.tag("model", model)
			.tag("method", method)
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	private long loadPartner(String externalId, String name) {
		return loadRecord("res.partner", externalId, name);
	}

	private long loadRecord(String model, String externalId, String name) {
		List<Long> ids = this.client.load(model, List.of("id", "name"), List.of(List.of(externalId, name)))
			.map(LoadResult::ids)
			.block(Duration.ofSeconds(10));
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

}
