package com.geniusharmony.support.config;

import java.util.Map;

import com.geniusharmony.support.security.JwtProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDefaultsEnvironmentPostProcessorTests {

	private final StandardEnvironment environment = new StandardEnvironment();

	@BeforeEach
	void ignoreTheEnvironmentOfTheBuild() {
		// CI exports POSTGRES_HOST and friends: only what each test gives may count
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		this.environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
	}

	@Test
	void mapsThePostgresVariablesOntoR2dbcAndFlyway() {
		given(Map.of("POSTGRES_HOST", "db.internal", "POSTGRES_PORT", "6432", "POSTGRES_DB", "harmony_x",
				"POSTGRES_USER", "svc", "POSTGRES_PASSWORD", "s3cret"));
		assertThat(this.environment.getProperty("spring.r2dbc.url"))
			.isEqualTo("r2dbc:postgresql://db.internal:6432/harmony_x");
		assertThat(this.environment.getProperty("spring.flyway.url"))
			.isEqualTo("jdbc:postgresql://db.internal:6432/harmony_x");
		assertThat(this.environment.getProperty("spring.r2dbc.username")).isEqualTo("svc");
		assertThat(this.environment.getProperty("spring.flyway.password")).isEqualTo("s3cret");
	}

	@Test
	void fallsBackToTheServicesOwnDatabaseName() {
		given(Map.of("harmony.database.default-name", "harmony_core"));
		assertThat(this.environment.getProperty("spring.r2dbc.url"))
			.isEqualTo("r2dbc:postgresql://localhost:5432/harmony_core");
	}

	@Test
	void mapsKafkaAndTheTopicSuffix() {
		given(Map.of("KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092", "HARMONY_TOPIC_SUFFIX", "-staging"));
		assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("k1:9092,k2:9092");
		assertThat(this.environment.getProperty("harmony.topic.suffix")).isEqualTo("-staging");
	}

	@Test
	void mapsTheTokenAndRetryVariables() {
		given(Map.of("HARMONY_JWT_USER_ID_CLAIM", "user_id", "HARMONY_JWT_HMAC_SECRET", "s3cret",
				"HARMONY_KAFKA_RETRY_MAX_ELAPSED", "2m"));
		assertThat(this.environment.getProperty("harmony.jwt.user-id-claim")).isEqualTo("user_id");
		assertThat(this.environment.getProperty("harmony.jwt.hmac-secret")).isEqualTo("s3cret");
		assertThat(this.environment.getProperty("harmony.kafka.retry.max-elapsed")).isEqualTo("2m");
	}

	@Test
	void leavesTheRecordsDefaultsWhereNoVariableIsSet() {
		given(Map.of());
		JwtProperties jwt = Binder.get(this.environment).bindOrCreate("harmony.jwt", JwtProperties.class);
		assertThat(jwt.coreJwksUri()).isEqualTo("http://localhost:8081/.well-known/jwks.json");
		assertThat(jwt.userIdClaim()).isEqualTo("sub");
		assertThat(this.environment.containsProperty("harmony.jwt.jwks-uri")).isFalse();
	}

	@Test
	void letsAVariableOverrideTheServicesYamlAndTheServiceAddItsOwn() {
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource("systemEnvironment",
					Map.of("HARMONY_JWT_ISSUER", "from-the-environment", "HARMONY_OUTBOX_BATCH_SIZE", "50")));
		this.environment.getPropertySources()
			.addLast(new MapPropertySource("application.yml",
					Map.of("harmony.jwt.issuer", "genius-harmony",
							"harmony.environment-variables.HARMONY_OUTBOX_BATCH_SIZE", "harmony.outbox.batch-size",
							"harmony.environment-variables.HARMONY_NOT_SET", "harmony.outbox.poll-interval")));
		new SharedDefaultsEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
		assertThat(this.environment.getProperty("harmony.jwt.issuer")).isEqualTo("from-the-environment");
		assertThat(this.environment.getProperty("harmony.outbox.batch-size")).isEqualTo("50");
		assertThat(this.environment.containsProperty("harmony.outbox.poll-interval")).isFalse();
	}

	@Test
	void retriesForEverUnlessALimitIsGiven() {
		given(Map.of());
		assertThat(this.environment.getProperty("harmony.kafka.retry.max-elapsed")).isNull();
	}

	@Test
	void tagsMetricsWithTheApplicationName() {
		given(Map.of("spring.application.name", "core-service"));
		assertThat(this.environment.getProperty("management.metrics.tags.service")).isEqualTo("core-service");
	}

	@Test
	void letsTheServiceOverrideAnyDefault() {
		given(Map.of("management.endpoint.health.group.readiness.include", "readinessState,r2dbc,kafka,redis"));
		assertThat(this.environment.getProperty("management.endpoint.health.group.readiness.include"))
			.isEqualTo("readinessState,r2dbc,kafka,redis");
	}

	private void given(Map<String, Object> properties) {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new SharedDefaultsEnvironmentPostProcessor().postProcessEnvironment(this.environment, new SpringApplication());
	}

}
