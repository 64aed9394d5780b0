package com.geniusharmony.odoosync.ops;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.support.testing.PrometheusScrape;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/sync/connection} on the whole service pointed at the Odoo emulator:
 * administrators only, each step with its status and message, never the password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OperatorTokens.SECRET_PROPERTY)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
class ConnectionControllerIntegrationTests {

	private static final String PASSWORD = "emulator-Pa55-never-shown";

	private static final OdooEmulator odoo = OdooEmulator
		.start(OdooEmulatorConfig.defaults().withCredentials("admin", PASSWORD));

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void odoo(DynamicPropertyRegistry registry) {
		registry.add("ODOO_HOST", () -> "127.0.0.1");
		registry.add("ODOO_PORT", odoo::port);
		registry.add("ODOO_PROTOCOL", () -> "jsonrpc");
		registry.add("ODOO_DB", () -> "harmony");
		registry.add("ODOO_USERNAME", () -> "admin");
		registry.add("ODOO_PASSWORD", () -> PASSWORD);
	}

	@AfterAll
	static void stopOdoo() {
		odoo.stop();
	}

	@Test
	void refusesACallerWithoutToken() {
		this.web.get().uri("/api/sync/connection").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void refusesACallerWhoIsNotAnAdministrator() {
		this.web.get()
			.uri("/api/sync/connection")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.user()))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void tellsAnAdministratorEachStep() {
		this.web.get()
			.uri("/api/sync/connection")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(true)
			.jsonPath("$.steps[0].name")
			.isEqualTo("configuration")
			.jsonPath("$.steps[?(@.name == 'credentials')].status")
			.isEqualTo("ok")
			.jsonPath("$.steps[?(@.name == 'tls')].status")
			.isEqualTo("skipped")
			.jsonPath("$.steps[?(@.name == 'access:project.task:read')].message")
			.isEqualTo("The API user may read project.task (a count was answered)");
	}

	@Test
	void neverShowsThePassword() {
		String body = this.web.get()
			.uri("/api/sync/connection")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("\"steps\"").doesNotContain(PASSWORD);
	}

	@Test
	void odooIsConfiguredInHealthAndMetrics() {
		this.web.get()
			.uri("/actuator/health")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectBody()
			.jsonPath("$.components.odoo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.odoo.details.circuit")
			.isEqualTo("closed")
			.jsonPath("$.components.odoo.details.url")
			.isEqualTo("http://127.0.0.1:" + odoo.port());
		String metrics = PrometheusScrape.of(this.web);
		assertThat(metrics).contains("harmony_odoo_configured{service=\"odoo-sync-service\"} 1.0")
			.doesNotContain(PASSWORD);
	}

}
