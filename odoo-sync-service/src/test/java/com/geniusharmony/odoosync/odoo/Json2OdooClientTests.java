package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odooemulator.fault.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.geniusharmony.odoosync.odoo.OdooFailureAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON-2 client against the emulator's {@code /json/2} endpoint: every call of the
 * contract with an API key, and Odoo's HTTP statuses as kinds of failure, none of which
 * shows the key.
 */
class Json2OdooClientTests extends OdooEmulatorTestBase {

	private OdooProtocolClient client;

	@BeforeEach
	void connect() {
		this.client = TestOdoo.client(TestOdoo.settings(odoo, OdooProtocol.JSON2), this.budget, this.meters);
	}

	@Test
	void readsTheServerVersion() {
		StepVerifier.create(this.client.version())
			.assertNext((version) -> assertThat(version.major()).isEqualTo(18))
			.verifyComplete();
	}

	@Test
	void authenticatesWithTheApiKeyAndAnswersTheUserId() {
		StepVerifier.create(this.client.authenticate()).expectNext(2L).verifyComplete();
		assertThat(odoo.requestCounts().total()).isEqualTo(1);
		assertThat(this.budget.acquired()).isEqualTo(1);
	}

	@Test
	void refusesAWrongKeyAsRejectedCredentials() {
		OdooProtocolClient wrong = TestOdoo.client(
				TestOdoo.settings("127.0.0.1", odoo.port(), OdooProtocol.JSON2, "harmony", "admin", "not-the-key"),
				this.budget, this.meters);
		assertThat(failsWith(wrong.authenticate(), OdooErrorKind.CREDENTIALS_REJECTED).getMessage())
			.contains("Invalid apikey")
			.doesNotContain("not-the-key");
	}

	@Test
	void saysWhenTheKeyIsGoodButTheUserUnknown() {
		OdooProtocolClient other = TestOdoo.client(
				TestOdoo.settings("127.0.0.1", odoo.port(), OdooProtocol.JSON2, "harmony", "nobody", TestOdoo.API_KEY),
				this.budget, this.meters);
		assertThat(failsWith(other.authenticate(), OdooErrorKind.CREDENTIALS_REJECTED).getMessage())
			.contains("no user nobody");
	}

	@Test
	void namesAnUnknownDatabase() {
		OdooProtocolClient other = TestOdoo.client(
				TestOdoo.settings("127.0.0.1", odoo.port(), OdooProtocol.JSON2, "nodb", "admin", TestOdoo.API_KEY),
				this.budget, this.meters);
		failsWith(other.authenticate(), OdooErrorKind.UNKNOWN_DATABASE);
	}

	@Test
	void loadsWritesReadsAndUnlinks() {
		StepVerifier
			.create(this.client.load("res.partner", List.of("id", "name"), List.of(List.of("harmony.user_1", "Ann"))))
			.assertNext((result) -> assertThat(result.accepted()).isTrue())
			.verifyComplete();
		long id = odoo.recordByExternalId("harmony.user_1").orElseThrow().id();
		StepVerifier.create(this.client.write("res.partner", List.of(id), Map.of("active", false))).verifyComplete();
		List<Object> domain = List.of(List.of("id", "=", id));
		StepVerifier.create(this.client.searchRead("res.partner", domain, List.of("name"), false))
			.assertNext((records) -> assertThat(records).isEmpty())
			.verifyComplete();
		StepVerifier.create(this.client.searchRead("res.partner", domain, List.of("name"), true))
			.assertNext((records) -> assertThat(records).singleElement()
				.satisfies((record) -> assertThat(record.get("name").asString()).isEqualTo("Ann")))
			.verifyComplete();
		StepVerifier.create(this.client.unlink("res.partner", List.of(id))).verifyComplete();
		failsWith(this.client.write("res.partner", List.of(id), Map.of("name", "again")), OdooErrorKind.MISSING_RECORD);
	}

	@Test
	void loadRefusedWholeTellsWhichRow() {
		StepVerifier.create(this.client.load("project.task", List.of("id", "name", "project_id/id"),
				List.of(List.of("harmony.task_1", "Bad", "harmony.project_missing"))))
			.assertNext((result) -> {
				assertThat(result.accepted()).isFalse();
				assertThat(result.messages()).singleElement()
					.satisfies((message) -> assertThat(message.row()).isZero());
			})
			.verifyComplete();
	}

	@Test
	void describesTheFieldsOfAModel() {
		StepVerifier.create(this.client.fieldsGet("project.task"))
			.assertNext((fields) -> assertThat(fields.get("date_deadline").type()).isEqualTo("datetime"))
			.verifyComplete();
	}

	@Test
	void tellsEachKindOfRefusal() {
		StepVerifier
			.create(this.client.load("project.project", List.of("id", "name"),
					List.of(List.of("harmony.project_1", "Website"))))
			.expectNextCount(1)
			.verifyComplete();
		long project = odoo.recordByExternalId("harmony.project_1").orElseThrow().id();
		failsWith(this.client.write("project.project", List.of(project), Map.of("name", false)),
				OdooErrorKind.VALIDATION);
		failsWith(this.client.write("res.partner", List.of(project), Map.of("no_such_field", 1)),
				OdooErrorKind.BAD_REQUEST);
		failsWith(this.client.call(new OdooCall("res.partner", "write"), Map.of("ids", List.of(project))),
				OdooErrorKind.BAD_REQUEST);
		failsWith(this.client.searchRead("x.nomodel", List.of(), List.of(), false), OdooErrorKind.NOT_FOUND);
		failsWith(this.client.call(new OdooCall("res.partner", "no_such_method"), Map.of()), OdooErrorKind.NOT_FOUND);
		failsWith(this.client.unlink("res.users", List.of(2L)), OdooErrorKind.USER_ERROR);
		failsWith(this.client.call(new OdooCall("res.partner", "_compute_display_name"), Map.of()),
				OdooErrorKind.ACCESS_DENIED);
	}

	@Test
	void tellsRateLimitsAndUnavailability() {
		odoo.faults().inject(Fault.tooManyRequests(Duration.ofSeconds(5)).times(1));
		assertThat(failsWith(this.client.authenticate(), OdooErrorKind.RATE_LIMITED).retryAfter())
			.contains(Duration.ofSeconds(5));
		odoo.faults().inject(Fault.status(502).times(1));
		failsWith(this.client.authenticate(), OdooErrorKind.UNAVAILABLE);
		odoo.faults().inject(Fault.dropConnection().times(1));
		failsWith(this.client.authenticate(), OdooErrorKind.UNAVAILABLE);
	}

}
