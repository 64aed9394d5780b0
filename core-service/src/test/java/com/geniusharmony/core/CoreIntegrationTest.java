package com.geniusharmony.core;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.testing.QueryLog;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one Spring context of the integration tests: the whole service on real PostgreSQL
 * and Kafka, with an administrator created at start-up. Test classes extending it share
 * the context, so they make their own data with unique names. The statements the service
 * runs can be looked at ({@link QueryLog}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "harmony.admin.username=" + TestApi.ADMIN, "harmony.admin.password=" + TestApi.ADMIN_PASSWORD,
				"harmony.outbox.poll-interval=200ms", QueryLog.NO_STATEMENT_OBSERVATIONS })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(QueryLog.class)
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
public abstract class CoreIntegrationTest {

	@Autowired
	protected WebTestClient web;

	/** The service's API as the test's users call it, ready before each test. */
	protected TestApi api;

	@BeforeEach
	void api() {
		this.api = new TestApi(this.web);
	}

}
