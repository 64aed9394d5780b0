package com.geniusharmony.core;

import com.geniusharmony.infra.spring.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The one Spring context of the integration tests: the whole service on real PostgreSQL
 * and Kafka, with an administrator created at start-up. Test classes extending it share
 * the context, so they make their own data with unique names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "harmony.admin.username=" + TestApi.ADMIN, "harmony.admin.password=" + TestApi.ADMIN_PASSWORD,
				"harmony.outbox.poll-interval=200ms" })
@AutoConfigureWebTestClient
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
public abstract class CoreIntegrationTest {

}
