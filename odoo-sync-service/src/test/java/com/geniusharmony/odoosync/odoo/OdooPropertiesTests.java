package com.geniusharmony.odoosync.odoo;

import java.time.Duration;

import com.geniusharmony.support.testing.ServiceEnvironment;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ODOO_*} variables reach the settings through the service's application.yml,
 * with safe defaults, and the settings say what is missing without showing the password.
 */
class OdooPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(ServiceEnvironment.initializer())
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void withoutVariablesTheIntegrationIsNotConfiguredAndSaysWhatIsMissing() {
		this.runner.run((context) -> {
			OdooProperties properties = context.getBean(OdooProperties.class);
			assertThat(properties.enabled()).isTrue();
			assertThat(properties.configured()).isFalse();
			assertThat(properties.missing()).containsExactly("ODOO_HOST", "ODOO_DB", "ODOO_USERNAME", "ODOO_PASSWORD");
			assertThat(properties.notConfiguredReason()).isEqualTo(
					"Odoo not configured: ODOO_HOST, ODOO_DB, ODOO_USERNAME, ODOO_PASSWORD missing; changes stay pending");
			assertThat(properties.protocol()).isEqualTo(OdooProtocol.JSONRPC_SSL);
			assertThat(properties.effectivePort()).isEqualTo(443);
			assertThat(properties.cacheTtl()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.retries()).isEqualTo(3);
			assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
		});
	}

	@Test
	void readsEveryVariable() {
		this.runner
			.withPropertyValues("ODOO_HOST=odoo.example.com", "ODOO_PORT=8069", "ODOO_PROTOCOL=jsonrpc",
					"ODOO_DB=production", "ODOO_USERNAME=api@example.com", "ODOO_PASSWORD=s3cr3t-value",
					"ODOO_CACHE_TTL=2m", "ODOO_REQUEST_TIMEOUT=10s", "ODOO_CONNECT_TIMEOUT=2s", "ODOO_RETRIES=2",
					"ODOO_RETRY_BACKOFF=500ms", "ODOO_CIRCUIT_OPEN_DURATION=1m")
			.run((context) -> {
				OdooProperties properties = context.getBean(OdooProperties.class);
				assertThat(properties.configured()).isTrue();
				assertThat(properties.notConfiguredReason()).isNull();
				assertThat(properties.baseUrl()).isEqualTo("http://odoo.example.com:8069");
				assertThat(properties.cacheTtl()).isEqualTo(Duration.ofMinutes(2));
				assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(properties.retries()).isEqualTo(2);
				assertThat(properties.retryBackoff()).isEqualTo(Duration.ofMillis(500));
				assertThat(properties.circuitOpenDuration()).isEqualTo(Duration.ofMinutes(1));
				assertThat(properties.toString()).contains("odoo.example.com").doesNotContain("s3cr3t-value");
			});
	}

	@Test
	void readsEachProtocol() {
		this.runner.withPropertyValues("ODOO_PROTOCOL=json2+ssl")
			.run((context) -> assertThat(context.getBean(OdooProperties.class).protocol())
				.isEqualTo(OdooProtocol.JSON2_SSL));
		this.runner.withPropertyValues("ODOO_PROTOCOL=json2", "ODOO_HOST=odoo")
			.run((context) -> assertThat(context.getBean(OdooProperties.class).baseUrl())
				.isEqualTo("http://odoo:8069"));
	}

	@Test
	void disabledSaysSoEvenWhenComplete() {
		this.runner
			.withPropertyValues("ODOO_ENABLED=false", "ODOO_HOST=odoo", "ODOO_DB=db", "ODOO_USERNAME=u",
					"ODOO_PASSWORD=p")
			.run((context) -> {
				OdooProperties properties = context.getBean(OdooProperties.class);
				assertThat(properties.configured()).isFalse();
				assertThat(properties.notConfiguredReason())
					.isEqualTo("Odoo not configured: ODOO_ENABLED is false; changes stay pending");
			});
	}

	@Test
	void blankValuesCountAsMissing() {
		this.runner.withPropertyValues("ODOO_HOST= ", "ODOO_DB=db", "ODOO_USERNAME=u", "ODOO_PASSWORD=")
			.run((context) -> assertThat(context.getBean(OdooProperties.class).missing()).containsExactly("ODOO_HOST",
					"ODOO_PASSWORD"));
	}

	@Test
	void refusesToStartWithAnUnknownProtocolOrPort() {
		this.runner.withPropertyValues("ODOO_PROTOCOL=xmlrpc").run((context) -> assertThat(context).hasFailed());
		this.runner.withPropertyValues("ODOO_PORT=70000").run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OdooProperties.class)
	static class PropertiesConfiguration {

	}

}
