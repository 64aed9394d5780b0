package com.geniusharmony.odooemulator.fault;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooHttp;
import com.geniusharmony.odooemulator.RunningEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Faults as a client sees them, through a real HTTP client.
 */
class FaultInjectionTests {

	@RegisterExtension
	static final RunningEmulator odoo = new RunningEmulator();

	@Test
	void answers429WithRetryAfterForTheNextRequestsOnly() {
		odoo.emulator().faults().inject(Fault.tooManyRequests(Duration.ofSeconds(2)).times(1));
		HttpResponse<String> refused = createPartner("Ann");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
		assertThat(createPartner("Ann").statusCode()).isEqualTo(200);
		assertThat(partners("Ann")).hasSize(1);
		assertThat(odoo.emulator().faults().active()).isEmpty();
	}

	@Test
	void answersServerErrorsAsAProxyWouldWithoutProcessing() {
		odoo.emulator().faults().inject(Fault.status(503).times(2));
		assertThat(createPartner("Bob").statusCode()).isEqualTo(503);
		assertThat(createPartner("Bob").statusCode()).isEqualTo(503);
		assertThat(partners("Bob")).isEmpty();
		assertThat(createPartner("Bob").statusCode()).isEqualTo(200);
	}

	@Test
	void keepsAFaultUntilCleared() {
		long id = odoo.emulator().faults().inject(Fault.status(502));
		for (int i = 0; i < 3; i++) {
			assertThat(createPartner("Cy").statusCode()).isEqualTo(502);
		}
		assertThat(odoo.emulator().faults().active()).singleElement()
			.satisfies((fault) -> assertThat(fault.applied()).isEqualTo(3));
		assertThat(odoo.emulator().faults().remove(id)).isTrue();
		assertThat(createPartner("Cy").statusCode()).isEqualTo(200);
	}

	@Test
	void appliesOnlyToTheChosenModelAndMethod() {
		odoo.emulator().faults().inject(Fault.status(503).onlyFor("project.task", "load").times(1));
		assertThat(createPartner("Di").statusCode()).isEqualTo(200);
		HttpResponse<String> load = odoo.http()
			.post("/jsonrpc", rpc("project.task", "load", "[[\"name\"], [[\"T\"]]]"));
		assertThat(load.statusCode()).isEqualTo(503);
		assertThat(odoo.http().post("/jsonrpc", rpc("project.task", "load", "[[\"name\"], [[\"T\"]]]")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void answersNormallyAfterLatency() {
		odoo.emulator().faults().inject(Fault.latency(Duration.ofMillis(300)).times(1));
		HttpResponse<String> response = createPartner("Eve");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(OdooHttp.json(response.body()).get("result").isIntegralNumber()).isTrue();
		assertThat(odoo.emulator().faults().active()).isEmpty();
	}

	@Test
	void neverAnswersOnTimeout() {
		odoo.emulator().faults().inject(Fault.timeout().times(1));
		HttpRequest request = odoo.http()
			.request("/jsonrpc", rpc("res.partner", "create", "[{\"name\": \"Fay\"}]"))
			.timeout(Duration.ofMillis(500))
			.build();
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> odoo.http().client().send(request, HttpResponse.BodyHandlers.ofString()));
		assertThat(partners("Fay")).isEmpty();
		assertThat(createPartner("Fay").statusCode()).isEqualTo(200);
	}

	@Test
	void closesConnectionsLeftWaitingWhenStopped() {
		OdooEmulator own = OdooEmulator.start();
		own.faults().inject(Fault.timeout());
		HttpRequest request = new OdooHttp(own.baseUrl())
			.request("/jsonrpc", rpc("res.partner", "create", "[{\"name\": \"Ida\"}]"))
			.timeout(Duration.ofMinutes(5))
			.build();
		CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofString());
		await().atMost(Duration.ofSeconds(10)).until(() -> own.requestCounts().total() == 1);
		own.stop();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> answer.get(30, TimeUnit.SECONDS))
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void dropsTheConnectionBeforeProcessing() {
		odoo.emulator().faults().inject(Fault.dropConnection().onlyFor("res.partner", "create").times(1));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> sendRaw(createRequest("Gus")));
		assertThat(partners("Gus")).isEmpty();
	}

	@Test
	void dropsTheResponseAfterProcessing() {
		odoo.emulator().faults().inject(Fault.dropResponse().times(1));
		assertThatExceptionOfType(IOException.class).isThrownBy(() -> sendRaw(createRequest("Hal")));
		assertThat(partners("Hal")).hasSize(1);
	}

	private static HttpResponse<String> createPartner(String name) {
		return odoo.http().send(createRequest(name));
	}

	private static HttpRequest createRequest(String name) {
		return odoo.http().request("/jsonrpc", rpc("res.partner", "create", "[{\"name\": \"" + name + "\"}]")).build();
	}

	private static void sendRaw(HttpRequest request) throws IOException, InterruptedException {
		// A client of its own, so that the dropped connection is not one the other tests
		// reuse.
		HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static List<?> partners(String name) {
		return odoo.emulator()
			.records("res.partner")
			.stream()
			.filter((record) -> name.equals(record.get("name")))
			.toList();
	}

	private static String rpc(String model, String method, String args) {
		return OdooHttp.mapper()
			.writeValueAsString(Map.of("jsonrpc", "2.0", "method", "call", "id", 1, "params",
					Map.of("service", "object", "method", "execute_kw", "args",
							List.of("harmony", 2, "admin", model, method, OdooHttp.json(args), Map.of()))));
	}

}
