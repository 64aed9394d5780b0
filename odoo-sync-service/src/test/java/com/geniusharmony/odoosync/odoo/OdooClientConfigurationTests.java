package com.geniusharmony.odoosync.odoo;

import java.time.Duration;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.odoosync.config.RedisAvailability;
import com.geniusharmony.odoosync.config.RedisKeys;
import com.geniusharmony.support.testing.ServiceEnvironment;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration gives exactly one {@link OdooClient}: the protocol's client when the
 * settings are complete, else one that refuses every call, after saying once in the log
 * which variables are missing.
 */
@ExtendWith(OutputCaptureExtension.class)
class OdooClientConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withInitializer(ServiceEnvironment.initializer())
		.withUserConfiguration(TestConfiguration.class, OdooClientConfiguration.class);

	@Test
	void withoutSettingsLogsOnceWhatIsMissingAndRefusesCalls(CapturedOutput output) {
		this.runner.withPropertyValues("ODOO_HOST=odoo.example.com", "ODOO_PASSWORD=top-secret-value")
			.run((context) -> {
				assertThat(context).hasSingleBean(OdooClient.class);
				OdooFailureAssertions.failsWith(context.getBean(OdooClient.class).authenticate(),
						OdooErrorKind.NOT_CONFIGURED);
				assertThat(configuredGauge(context)).isZero();
			});
		String message = "Odoo not configured: ODOO_DB, ODOO_USERNAME missing; changes stay pending";
		assertThat(output.getOut().split(message, -1)).hasSize(2);
		assertThat(output.getOut()).doesNotContain("top-secret-value").doesNotContain("odoo.example.com");
	}

	@Test
	void withSettingsTalksToOdoo(CapturedOutput output) {
		try (OdooEmulator odoo = TestOdoo.start()) {
			this.runner
				.withPropertyValues("ODOO_HOST=127.0.0.1", "ODOO_PORT=" + odoo.port(), "ODOO_PROTOCOL=jsonrpc",
						"ODOO_DB=harmony", "ODOO_USERNAME=admin", "ODOO_PASSWORD=" + TestOdoo.PASSWORD)
				.run((context) -> {
					assertThat(context).hasSingleBean(OdooClient.class);
					StepVerifier.create(context.getBean(OdooClient.class).authenticate())
						.expectNext(2L)
						.verifyComplete();
					assertThat(configuredGauge(context)).isEqualTo(1);
				});
		}
		assertThat(output.getOut()).doesNotContain(TestOdoo.PASSWORD);
	}

	private static double configuredGauge(ApplicationContext context) {
		// Spring Boot's metrics binds the MeterBinder beans; this runner has no metrics
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		context.getBeansOfType(MeterBinder.class).values().forEach((binder) -> binder.bindTo(meters));
		return meters.get("harmony.odoo.configured").gauge().value();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OdooProperties.class)
	static class TestConfiguration {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		OdooRequestBudget budget() {
			return new CountingBudget();
		}

		@Bean
		ReactiveStringRedisTemplate redis() {
			// never connected: these tests read no field definitions
			return new ReactiveStringRedisTemplate(new LettuceConnectionFactory());
		}

		@Bean
		RedisKeys redisKeys() {
			return new RedisKeys("test:");
		}

		@Bean
		RedisAvailability redisAvailability() {
			return new RedisAvailability(Duration.ofSeconds(5), System::nanoTime);
		}

	}

}
