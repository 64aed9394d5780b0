package com.geniusharmony.odoosync.odoo;

import java.util.List;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.odoosync.OperatorTokens;
import com.geniusharmony.support.testing.PrometheusScrape;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.geniusharmony.odoosync.odoo.OdooFailureAssertions.failsWith;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service without any {@code ODOO_*} variable: it starts, stays healthy while
 * saying that Odoo is not configured, and its one Odoo client refuses every call plainly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = OperatorTokens.SECRET_PROPERTY)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
class OdooNotConfiguredIntegrationTests {

	@Autowired
	private WebTestClient web;

	@Autowired
	private ApplicationContext context;

	@Test
	void healthSaysOdooIsNotConfiguredAndStaysUp() {
		this.web.get()
			.uri("/actuator/health")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.odoo.status")
			.isEqualTo("UP")
			.jsonPath("$.components.odoo.details.status")
			.isEqualTo("Odoo not configured")
			.jsonPath("$.components.odoo.details.missing")
			.isEqualTo(List.of("ODOO_HOST", "ODOO_DB", "ODOO_USERNAME", "ODOO_PASSWORD"));
	}

	@Test
	void theConfiguredGaugeIsZeroAndTheCircuitClosed() {
		String metrics = PrometheusScrape.of(this.web);
		assertThat(metrics).contains("harmony_odoo_configured{service=\"odoo-sync-service\"} 0.0")
			.contains("harmony_odoo_circuit_state{service=\"odoo-sync-service\",state=\"closed\"} 1.0")
			.contains("harmony_odoo_circuit_state{service=\"odoo-sync-service\",state=\"open\"} 0.0");
	}

	@Test
	void theConnectionCheckFailsAtTheConfiguration() {
		this.web.get()
			.uri("/api/sync/connection")
			.headers((headers) -> headers.setBearerAuth(OperatorTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.ok")
			.isEqualTo(false)
			.jsonPath("$.steps[0].status")
			.isEqualTo("failed")
			.jsonPath("$.steps[0].message")
			.isEqualTo("Odoo not configured: ODOO_HOST, ODOO_DB, ODOO_USERNAME, ODOO_PASSWORD missing; "
					+ "changes stay pending")
			.jsonPath("$.steps[1].status")
			.isEqualTo("skipped");
	}

	@Test
	void theOneOdooClientRefusesEveryCallAsNotConfigured() {
		assertThat(this.context.getBeansOfType(OdooClient.class)).hasSize(1);
		OdooClient client = this.context.getBean(OdooClient.class);
		OdooException failure = failsWith(client.fieldsGet("res.partner"), OdooErrorKind.NOT_CONFIGURED);
		assertThat(failure.isTransient()).isFalse();
		assertThat(failure.getMessage()).contains("ODOO_HOST, ODOO_DB, ODOO_USERNAME, ODOO_PASSWORD missing");
	}

}
