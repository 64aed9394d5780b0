package com.geniusharmony.notification;

import java.time.Instant;
import java.util.UUID;

import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.notification.notification.NotificationType;
import com.geniusharmony.support.testing.TestKeyServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The token checks of this service in its two ways of running: the shared context takes
 * the Django frontend's HS256 tokens (user in {@code user_id}, issuer checked), the
 * second replica the core-service's RS256 tokens against a JWKS served over HTTP with a
 * real RSA key (the default). Both see the same notifications.
 */
class TokenCheckIntegrationTests extends NotificationIntegrationTest {

	private static final String PATH = "/api/notifications/unread-count/";

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private Environment environment;

	@Test
	void identifiesTheCallerByTheDjangoTokensUserIdClaim() {
		String user = Long.toString(System.nanoTime());
		create(user);
		// the Django frontend writes the id as a number
		String token = TestTokens.sign(
				TestTokens.claims(Long.parseLong(user), TestTokens.ISSUER, Instant.now().plusSeconds(60)),
				TestTokens.SECRET);
		this.client.get()
			.uri(PATH)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"count\": 1}");
	}

	@Test
	void refusesAnExpiredHmacToken() {
		expect(this.client, TestTokens.expired("42"), 401);
	}

	@Test
	void refusesAnHmacTokenWithAnotherSignature() {
		expect(this.client, TestTokens.signedWithAnotherSecret("42"), 401);
	}

	@Test
	void refusesAnHmacTokenOfAnotherIssuer() {
		expect(this.client, TestTokens.ofIssuer("42", "somebody-else"), 401);
	}

	@Test
	void refusesAnRsaTokenWhereHmacTokensAreExpected() {
		expect(this.client, replica().jwks().token("42", TestKeyServer.CORE_ISSUER), 401);
	}

	@Test
	void acceptsATokenSignedWithTheKeyTheJwksPublishes() {
		String user = TestTokens.newUserId();
		create(user);
		replicaClient().get()
			.uri(PATH)
			.headers((headers) -> headers.setBearerAuth(replica().jwks().token(user, TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"count\": 1}");
	}

	@Test
	void refusesAnRsaTokenSignedWithAKeyTheJwksDoesNotPublish() {
		expect(replicaClient(), replica().jwks().tokenSignedWithAnotherKey(TestKeyServer.CORE_ISSUER), 401);
	}

	@Test
	void refusesAnExpiredRsaToken() {
		expect(replicaClient(), replica().jwks().expiredToken("42", TestKeyServer.CORE_ISSUER), 401);
	}

	@Test
	void refusesAnRsaTokenOfAnotherIssuer() {
		expect(replicaClient(), replica().jwks().token("42", "somebody-else"), 401);
	}

	@Test
	void refusesAnHmacTokenWhereJwksTokensAreExpected() {
		expect(replicaClient(), TestTokens.forUser("42"), 401);
	}

	@Test
	void refusesARequestWithoutToken() {
		replicaClient().get().uri(PATH).exchange().expectStatus().isUnauthorized();
		this.client.get().uri(PATH).exchange().expectStatus().isUnauthorized();
	}

	private SecondReplica replica() {
		return SecondReplica.of(this.environment);
	}

	private WebTestClient replicaClient() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + replica().port()).build();
	}

	private void create(String user) {
		TestNotifications.create(this.notifications, user, NotificationType.TASK_ASSIGNED, "title");
	}

	private static void expect(WebTestClient client, String token, int status) {
		client.get()
			.uri(PATH)
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isEqualTo(status);
	}

}
