package com.geniusharmony.support.security;

import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.geniusharmony.support.testing.TestKeyServer;
import com.geniusharmony.support.web.WebSupportConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * During a migration one service accepts the Django frontend's SimpleJWT tokens and the
 * core-service's at once, as the shipped configuration does: the core-service's issuer
 * checked on its tokens only, SimpleJWT's refresh tokens refused.
 */
@WebFluxTest(controllers = SecuredController.class,
		properties = { "harmony.jwt.hmac-secret=" + SeveralKeySourcesSecurityTests.SECRET,
				"harmony.jwt.user-id-claim=user_id", "harmony.jwt.issuer=" + TestKeyServer.CORE_ISSUER })
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
class SeveralKeySourcesSecurityTests {

	static final String SECRET = "the-django-secret-key-of-at-least-32-bytes";

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
	void acceptsASimpleJwtAccessTokenWithoutIssuerAndACoreServiceTokenAtOnce() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(simpleJwt("access", SECRET)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("42");
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.token("7", TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("7");
	}

	@Test
	void refusesASimpleJwtRefreshTokenUsedAsAnAccessToken() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(simpleJwt("refresh", SECRET)))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void stillChecksTheCoreServicesIssuerAndEachSourcesKeys() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.token("7", "elsewhere")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(simpleJwt("access", "another-secret-of-at-least-32-bytes!!")))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(KEYS.tokenSignedWithAnotherKey(TestKeyServer.CORE_ISSUER)))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesATokenThatNamesNoUser() {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("token_type", "access")
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(sign(claims, SECRET)))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void refusesWhatIsNoJwtAnUnsignedAndAnEncryptedToken() {
		String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString("{\"user_id\":42}".getBytes()) + ".";
		// five parts: an encrypted token, which is no access token here
		String encrypted = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}".getBytes()) + ".a.b.c.d";
		for (String token : new String[] { "not-a-jwt", unsigned, encrypted }) {
			this.web.get()
				.uri("/me")
				.headers((headers) -> headers.setBearerAuth(token))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

	/**
	 * A token made exactly as SimpleJWT makes it: {@code {"alg":"HS256","typ":"JWT"}},
	 * the claims {@code token_type}, {@code exp}, {@code iat}, {@code jti} and
	 * {@code user_id}, no {@code iss}.
	 */
	static String simpleJwt(String tokenType, String secret) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("token_type", tokenType)
			.expirationTime(Date.from(now.plusSeconds(300)))
			.issueTime(Date.from(now))
			.jwtID(UUID.randomUUID().toString().replace("-", ""))
			.claim("user_id", 42)
			.build();
		return sign(claims, secret);
	}

	private static String sign(JWTClaimsSet claims, String secret) {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new MACSigner(secret));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(jwt.getHeader().toJSONObject()).isEqualTo(Map.of("alg", "HS256", "typ", "JWT"));
		return jwt.serialize();
	}

}
