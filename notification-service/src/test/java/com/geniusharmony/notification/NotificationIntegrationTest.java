package com.geniusharmony.notification;

import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.support.testing.QueryLog;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context of the integration tests: the whole service on real PostgreSQL
 * and Kafka, accepting the existing Django frontend's tokens from {@link TestTokens}
 * (HS256, the user in {@code user_id}, issuer checked), with deadline days read in a zone
 * far from UTC. Test classes extending it share the context, so each test uses its own
 * user ids. The statements the service runs can be looked at ({@link QueryLog}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "harmony.jwt.hmac-secret=" + TestTokens.SECRET, "harmony.jwt.user-id-claim=user_id",
				"harmony.jwt.hmac-issuer=" + TestTokens.ISSUER,
				"harmony.notification.deadline.time-zone=" + NotificationIntegrationTest.TIME_ZONE,
				"harmony.notification.stream.heartbeat=1s", QueryLog.NO_STATEMENT_OBSERVATIONS })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(QueryLog.class)
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
public abstract class NotificationIntegrationTest {

	/** UTC+05:45 all year: a day there starts at 18:15 UTC. */
	public static final String TIME_ZONE = "Asia/Kathmandu";

}
