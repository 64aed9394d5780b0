package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.geniusharmony.odooemulator.fault.Fault;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import com.geniusharmony.support.testing.TestClock;

import static com.geniusharmony.odoosync.odoo.OdooFailureAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client the application injects, against the emulator's faults: transient failures
 * retried, refusals not, a rate limit pausing every instance for the server's
 * {@code Retry-After}, and the circuit opening during an outage and closing after it.
 */
class GuardedOdooClientTests extends OdooEmulatorTestBase {

	private OdooCircuit circuit;

	private OdooProperties settings;

	private OdooClient client;

	private final TestClock clock = new TestClock(Instant.parse("2026-11-24T10:00:00Z"));

	@BeforeEach
	void connect() {
		guard(10, Duration.ofSeconds(30));
	}

	@Test
	void retriesATransientFailureUntilItSucceeds() {
		odoo.faults().inject(Fault.status(502).onlyFor("res.partner", "load").times(2));
		StepVerifier
			.create(this.client.load("res.partner", List.of("id", "name"), List.of(List.of("harmony.u_1", "A"))))
			.assertNext((result) -> assertThat(result.accepted()).isTrue())
			.verifyComplete();
		assertThat(odoo.requestCounts().calls("res.partner", "load")).isEqualTo(3);
		assertThat(requests("load", "unavailable")).isEqualTo(2);
		assertThat(requests("load", "ok")).isEqualTo(1);
		assertThat(this.budget.acquired()).isEqualTo((int) odoo.requestCounts().total());
		// every request that went through: the login and the third load
		assertThat(this.budget.successes()).isEqualTo((int) odoo.requestCounts().total() - 2);
	}

	@Test
	void givesUpAfterTheRetries() {
		odoo.faults().inject(Fault.status(504));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		assertThat(odoo.requestCounts().calls("common", "version")).isEqualTo(4);
		assertThat(this.circuit.state()).isEqualTo("closed");
		assertThat(this.budget.successes()).isZero();
	}

	@Test
	void pausesEveryInstanceForTheRetryAfterOfARateLimitThenRetries() {
		odoo.faults().inject(Fault.tooManyRequests(Duration.ofSeconds(7)).onlyFor("res.partner").times(1));
		StepVerifier.create(this.client.fieldsGet("res.partner")).expectNextCount(1).verifyComplete();
		assertThat(this.budget.pauses()).containsExactly(Optional.of(Duration.ofSeconds(7)));
		assertThat(odoo.requestCounts().calls("res.partner", "fields_get")).isEqualTo(2);
		assertThat(requests("fields_get", "rate_limited")).isEqualTo(1);
	}

	@Test
	void aRateLimitWithoutRetryAfterLeavesThePauseToTheBudget() {
		odoo.faults().inject(Fault.status(429).times(1));
		StepVerifier.create(this.client.version()).expectNextCount(1).verifyComplete();
		assertThat(this.budget.pauses()).containsExactly(Optional.empty());
	}

	@Test
	void neverRetriesARefusal() {
		failsWith(this.client.write("res.partner", List.of(3L), Map.of("no_such_field", 1)), OdooErrorKind.BAD_REQUEST);
		failsWith(this.client.write("res.partner", List.of(999_999L), Map.of("name", "x")),
				OdooErrorKind.MISSING_RECORD);
		assertThat(odoo.requestCounts().calls("res.partner", "write")).isEqualTo(2);
		assertThat(requests("write", "rejected")).isEqualTo(2);
	}

	@Test
	void theCircuitOpensDuringAnOutageAndClosesAfterIt() {
		// the test's clock ends the open duration; resilience4j's own timer, an hour
		// away, never does during the test
		guard(4, Duration.ofHours(1));
		odoo.faults().inject(Fault.status(503));
		failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		assertThat(this.circuit.state()).isEqualTo("open");
		assertThat(circuitGauge("open")).isEqualTo(1);
		assertThat(circuitGauge("closed")).isZero();
		assertThat(health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(health().getDetails()).containsEntry("circuit", "open");
		long sent = odoo.requestCounts().total();

		OdooException fast = failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE);
		assertThat(fast.getMessage()).contains("circuit open");
		assertThat(odoo.requestCounts().total()).isEqualTo(sent);

		odoo.faults().clear();
		assertThat(failsWith(this.client.version(), OdooErrorKind.UNAVAILABLE).getMessage()).contains("circuit open");
		this.clock.advance(Duration.ofHours(1).plusMillis(1));
		StepVerifier.create(this.client.version()).expectNextCount(1).verifyComplete();
		assertThat(odoo.requestCounts().total()).isEqualTo(sent + 1);
		assertThat(this.circuit.state()).isEqualTo("closed");
		assertThat(circuitGauge("closed")).isEqualTo(1);
		assertThat(health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void neitherRefusalsNorRateLimitsOpenTheCircuit() {
		guard(4, Duration.ofSeconds(30));
		for (int i = 0; i < 4; i++) {
			failsWith(this.client.unlink("res.users", List.of(2L)), OdooErrorKind.USER_ERROR);
		}
		odoo.faults().inject(Fault.tooManyRequests(Duration.ofSeconds(1)));
		failsWith(this.client.version(), OdooErrorKind.RATE_LIMITED);
		assertThat(this.circuit.state()).isEqualTo("closed");
	}

	@Test
	void backsOffOneTwoThenFourSecondsByDefault() {
		OdooProperties defaults = new OdooProperties(true, "odoo", null, OdooProtocol.JSONRPC, "db", "u", "p",
				Duration.ofSeconds(5), Duration.ofSeconds(30), DataSize.ofMegabytes(16), Duration.ofMinutes(5),
				Duration.ofSeconds(1), 3, 50, 10, Duration.ofSeconds(30));
		RetryConfig config = GuardedOdooClient.retryConfig(defaults);
		Either<Throwable, Object> unavailable = Either.left(new OdooException(OdooErrorKind.UNAVAILABLE, "down"));
		assertThat(config.getMaxAttempts()).isEqualTo(4);
		assertThat(List.of(1, 2, 3).stream().map((retry) -> config.getIntervalBiFunction().apply(retry, unavailable)))
			.containsExactly(1000L, 2000L, 4000L);
		assertThat(config.getExceptionPredicate().test(new OdooException(OdooErrorKind.VALIDATION, "bad"))).isFalse();
	}

	private void guard(int window, Duration openDuration) {
		OdooProperties base = TestOdoo.settings(odoo, OdooProtocol.JSONRPC);
		this.settings = new OdooProperties(true, base.host(), base.port(), base.protocol(), base.db(), base.username(),
				base.password(), base.connectTimeout(), base.requestTimeout(), base.maxResponseSize(), base.cacheTtl(),
				Duration.ofMillis(10), 3, 50, window, openDuration);
		this.meters.clear();
		this.circuit = new OdooCircuit(this.settings, this.meters, this.clock);
		this.client = new GuardedOdooClient(TestOdoo.client(this.settings, this.budget, this.meters), this.circuit,
				this.settings);
	}

	private Health health() {
		return new OdooHealthIndicator(this.settings, this.circuit).health().block(Duration.ofSeconds(5));
	}

	private double requests(String method, String outcome) {
		return this.meters.find("harmony.odoo.requests")
			.tag("method", method)
			.tag("outcome", outcome)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	private double circuitGauge(String state) {
		return this.meters.get("harmony.odoo.circuit.state").tag("state", state).gauge().value();
	}

}
