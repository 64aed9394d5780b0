package com.geniusharmony.infra.postgres;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.geniusharmony.infra.server.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostgresServerTests {

	@Test
	void readsHostWithDefaultPortUserAndEmptyPassword() {
		PostgresServer postgres = PostgresServer.fromEnvironment(Map.of("POSTGRES_HOST", "db.example")).orElseThrow();
		assertThat(postgres.host()).isEqualTo("db.example");
		assertThat(postgres.port()).isEqualTo(5432);
		assertThat(postgres.username()).isEqualTo("postgres");
		assertThat(postgres.password()).isEmpty();
		assertThat(postgres.source()).isEqualTo(Source.ENVIRONMENT);
	}

	@Test
	void readsEveryVariable() {
		PostgresServer postgres = PostgresServer
			.fromEnvironment(Map.of("POSTGRES_HOST", "db.example", "POSTGRES_PORT", "6543", "POSTGRES_USER", "harmony",
					"POSTGRES_PASSWORD", "secret"))
			.orElseThrow();
		assertThat(postgres.port()).isEqualTo(6543);
		assertThat(postgres.username()).isEqualTo("harmony");
		assertThat(postgres.password()).isEqualTo("secret");
		assertThat(postgres.toString()).doesNotContain("secret");
	}

	@Test
	void namesNoServerWithoutHost() {
		assertThat(PostgresServer.fromEnvironment(Map.of("POSTGRES_PORT", "6543"))).isEmpty();
		assertThat(PostgresServer.fromEnvironment(Map.of("POSTGRES_HOST", " "))).isEmpty();
	}

	@Test
	void buildsJdbcAndR2dbcUrls() {
		PostgresServer postgres = PostgresServer
			.fromEnvironment(Map.of("POSTGRES_HOST", "db.example", "POSTGRES_PORT", "6543"))
			.orElseThrow();
		assertThat(postgres.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://db.example:6543/orders");
		assertThat(postgres.r2dbcUrl("orders")).isEqualTo("r2dbc:postgresql://db.example:6543/orders");
	}

	@Test
	void cannotRestartServerNamedByEnvironment() {
		PostgresServer postgres = PostgresServer.fromEnvironment(Map.of("POSTGRES_HOST", "db.example")).orElseThrow();
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(postgres::stop)
			.withMessageContaining("ENVIRONMENT");
	}

}
