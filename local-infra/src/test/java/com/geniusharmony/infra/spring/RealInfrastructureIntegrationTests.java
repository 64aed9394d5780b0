package com.geniusharmony.infra.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import com.geniusharmony.infra.spring.RealInfrastructure.Component;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the contexts of the annotated classes below through Spring's test context
 * framework and its context cache, as a test run would.
 */
class RealInfrastructureIntegrationTests {

	@Test
	void reusesContextForSameComponentsOnly() {
		ApplicationContext all = contextOf(AllComponents.class);
		ApplicationContext allAgain = contextOf(AllComponentsAgain.class);
		ApplicationContext postgresOnly = contextOf(PostgresOnly.class);
		assertThat(allAgain).isSameAs(all);
		assertThat(postgresOnly).isNotSameAs(all);
		assertThat(database(postgresOnly)).isNotEqualTo(database(all));
		PropertySource<?> postgresOnlyProperties = ((ConfigurableApplicationContext) postgresOnly).getEnvironment()
			.getPropertySources()
			.get(RealInfrastructureContextCustomizer.PROPERTY_SOURCE_NAME);
		assertThat(postgresOnlyProperties.containsProperty("POSTGRES_DB")).isTrue();
		assertThat(postgresOnlyProperties.containsProperty("KAFKA_BOOTSTRAP_SERVERS")).isFalse();
		assertThat(postgresOnlyProperties.containsProperty("REDIS_URL")).isFalse();
	}

	@Test
	void namesServersThatAnswer() throws Exception {
		Environment environment = contextOf(AllComponents.class).getEnvironment();
		String url = "jdbc:postgresql://" + environment.getRequiredProperty("POSTGRES_HOST") + ":"
				+ environment.getRequiredProperty("POSTGRES_PORT") + "/"
				+ environment.getRequiredProperty("POSTGRES_DB");
		try (Connection connection = DriverManager.getConnection(url, environment.getRequiredProperty("POSTGRES_USER"),
				environment.getRequiredProperty("POSTGRES_PASSWORD"))) {
			assertThat(single(connection, "SELECT current_database()"))
				.isEqualTo(environment.getRequiredProperty("POSTGRES_DB"));
		}
		RedisClient client = RedisClient.create(environment.getRequiredProperty("REDIS_URL"));
		try (StatefulRedisConnection<String, String> connection = client.connect()) {
			assertThat(connection.sync().ping()).isEqualTo("PONG");
		}
		finally {
			client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
				environment.getRequiredProperty("KAFKA_BOOTSTRAP_SERVERS")))) {
			assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).isNotEmpty();
		}
	}

	@Test
	void givesEachContextOneTokenForTopicsAndKeys() {
		Environment environment = contextOf(AllComponents.class).getEnvironment();
		String suffix = environment.getRequiredProperty("HARMONY_TOPIC_SUFFIX");
		String prefix = environment.getRequiredProperty("HARMONY_REDIS_KEY_PREFIX");
		assertThat(suffix).matches("-t[0-9a-f]+");
		assertThat(prefix).isEqualTo(suffix.substring(1) + ":");
		assertThat(environment.resolvePlaceholders("orders${HARMONY_TOPIC_SUFFIX}")).isEqualTo("orders" + suffix);
	}

	@Test
	void overridesEveryOtherPropertySource() {
		ConfigurableApplicationContext context = (ConfigurableApplicationContext) contextOf(WithTestProperties.class);
		assertThat(context.getEnvironment().getProperty("REDIS_URL")).isNotEqualTo("redis://elsewhere:6379");
		assertThat(context.getEnvironment().getPropertySources().iterator().next().getName())
			.isEqualTo(RealInfrastructureContextCustomizer.PROPERTY_SOURCE_NAME);
	}

	private static ApplicationContext contextOf(Class<?> testClass) {
		return new TestContextManager(testClass).getTestContext().getApplicationContext();
	}

	private static String database(ApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("POSTGRES_DB");
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

	@SpringJUnitConfig(EmptyConfiguration.class)
	@RealInfrastructure
	static class AllComponents {

	}

	@SpringJUnitConfig(EmptyConfiguration.class)
	@RealInfrastructure({ Component.REDIS, Component.POSTGRES, Component.KAFKA })
	static class AllComponentsAgain {

	}

	@SpringJUnitConfig(EmptyConfiguration.class)
	@RealInfrastructure(Component.POSTGRES)
	static class PostgresOnly {

	}

	@SpringJUnitConfig(EmptyConfiguration.class)
	@RealInfrastructure(Component.REDIS)
	@TestPropertySource(properties = "REDIS_URL=redis://elsewhere:6379")
	static class WithTestProperties {

	}

}
