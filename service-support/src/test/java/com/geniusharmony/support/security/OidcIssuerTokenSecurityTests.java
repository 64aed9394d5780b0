package com.geniusharmony.support.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.geniusharmony.support.testing.TestKeyServer;
import com.geniusharmony.support.web.WebSupportConfiguration;

/**
 * An external OpenID Connect issuer ({@code HARMONY_JWT_ISSUER_URI}): its keys found
 * through its discovery document, and its own name required as the tokens' issuer.
 */
@WebFluxTest(controllers = SecuredController.class)
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
class OidcIssuerTokenSecurityTests {

	private static final TestKeyServer ISSUER = new TestKeyServer();

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void issuerUri(DynamicPropertyRegistry registry) {
		registry.add("harmony.jwt.issuer-uri", ISSUER::issuerUri);
	}

	@AfterAll
	static void stopIssuer() {
		ISSUER.close();
	}

	@Test
	void acceptsATokenOfTheIssuerSignedWithItsPublishedKey() {
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(ISSUER.adminToken(ISSUER.issuerUri())))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(ISSUER.tokenSignedWithAnotherKey(ISSUER.issuerUri())))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesATokenNamingAnotherIssuer() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(ISSUER.adminToken("https://elsewhere.example.com")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
