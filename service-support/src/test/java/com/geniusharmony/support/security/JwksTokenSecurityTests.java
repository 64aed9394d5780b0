package com.geniusharmony.support.security;

import com.geniusharmony.support.testing.TestKeyServer;
import com.geniusharmony.support.web.WebSupportConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The default: RS256 tokens checked against the keys the core-service publishes at its
 * JWKS endpoint, served here by a real HTTP server.
 */
@WebFluxTest(controllers = SecuredController.class, properties = "harmony.jwt.issuer=genius-harmony")
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
class JwksTokenSecurityTests {

	private static final TestKeyServer KEYS = new TestKeyServer();

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void jwksUri(DynamicPropertyRegistry registry) {
		registry.add("harmony.jwt.jwks-uri", KEYS::jwksUri);
	}

	@AfterAll
	static void stopKeyServer() {
		KEYS.close();
	}

	@Test
	void acceptsATokenSignedWithAPublishedKey() {
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(KEYS.adminToken(TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesATokenSignedWithAKeyThatIsNotPublished() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.tokenSignedWithAnotherKey(TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.adminToken("elsewhere")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
