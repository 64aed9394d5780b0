package com.geniusharmony.notification;

import com.geniusharmony.infra.spring.RealInfrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The one Spring context of the integration tests: the whole service on real PostgreSQL
 * and Kafka, accepting HS256 tokens from {@link TestTokens}. Test classes extending it
 * share the context, so each test uses its own user ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "harmony.jwt.hmac-secret=" + TestTokens.SECRET)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
public abstract class NotificationIntegrationTest {

}
