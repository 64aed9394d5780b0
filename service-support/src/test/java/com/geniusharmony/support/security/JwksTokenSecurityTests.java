package com.geniusharmony.support.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.geniusharmony.support.web.WebSupportConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
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

	private static final RSAKey SIGNING_KEY = generateKey("core-key");

	private static final HttpServer JWKS_SERVER = serveJwks(SIGNING_KEY);

	@Autowired
	private WebTestClient web;

	@DynamicPropertySource
	static void jwksUri(DynamicPropertyRegistry registry) {
		registry.add("harmony.jwt.jwks-uri",
				() -> "http://127.0.0.1:" + JWKS_SERVER.getAddress().getPort() + "/.well-known/jwks.json");
	}

	@AfterAll
	static void stopJwksServer() {
		JWKS_SERVER.stop(0);
	}

	@Test
	void acceptsATokenSignedWithAPublishedKey() {
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(token(SIGNING_KEY, "genius-harmony")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void refusesATokenSignedWithAKeyThatIsNotPublished() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token(generateKey("core-key"), "genius-harmony")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token(SIGNING_KEY, "elsewhere")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private static String token(RSAKey key, String issuer) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("7")
			.claim("username", "admin")
			.claim("roles", List.of(CurrentUser.ADMIN_ROLE))
			.issuer(issuer)
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generateKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpServer serveJwks(RSAKey key) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
