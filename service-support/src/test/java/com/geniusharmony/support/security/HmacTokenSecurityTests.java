package com.geniusharmony.support.security;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.geniusharmony.support.web.WebSupportConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;

/**
 * Tokens of the existing Django frontend: HS256 with a shared secret, the user id in
 * {@code user_id}.
 */
import static org.assertj.core.api.Assertions.assertThat;

@WebFluxTest(controllers = SecuredController.class,
		properties = { "harmony.jwt.hmac-secret=" + HmacTokenSecurityTests.SECRET, "harmony.jwt.user-id-claim=user_id",
				"harmony.jwt.hmac-issuer=django", "harmony.jwt.public-paths=/open/**",
				"harmony.jwt.admin-claim=is_staff", "harmony.jwt.admin-user-ids=7, 8" })
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
class HmacTokenSecurityTests {

	static final String SECRET = "a-django-secret-key-of-at-least-thirty-two-bytes";

	private static final CountingSessions SESSIONS = new CountingSessions();

	@Autowired
	private WebTestClient web;

	@Test
	void identifiesTheCallerFromTheConfiguredClaim() {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token(SECRET, "django", Instant.now().plusSeconds(60))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo("42")
			.jsonPath("$.username")
			.isEqualTo("marie");
	}

	@Test
	void allowsNoOtherOriginUnlessTheDeploymentNamesIt() {
		this.web.options()
			.uri("http://api.example.test/me")
			.header(HttpHeaders.ORIGIN, "https://app.example.test")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void refusesARequestWithoutTokenWithProblemDetails() {
		this.web.get()
			.uri("/me")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals("WWW-Authenticate", "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401);
	}

	@Test
	void refusesATokenSignedWithAnotherSecret() {
		expectUnauthorized(
				token("another-secret-that-is-also-thirty-two-bytes-long", "django", Instant.now().plusSeconds(60)));
	}

	@Test
	void refusesAnExpiredToken() {
		expectUnauthorized(token(SECRET, "django", Instant.now().minusSeconds(3600)));
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		expectUnauthorized(token(SECRET, "somebody-else", Instant.now().plusSeconds(60)));
	}

	@Test
	void refusesGarbage() {
		expectUnauthorized("not.a.token");
	}

	@Test
	void answersForbiddenToANonAdmin() {
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(token(SECRET, "django", Instant.now().plusSeconds(60))))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void makesAStaffMemberAnAdministratorByTheConfiguredClaim() {
		String staff = token(SECRET, Map.of("user_id", 99, "is_staff", true));
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(staff))
			.exchange()
			.expectStatus()
			.isOk();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(staff))
			.exchange()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("admin"));
		String notStaff = token(SECRET, Map.of("user_id", 99, "is_staff", false));
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(notStaff))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void makesTheListedUsersAdministrators() {
		String listed = token(SECRET, Map.of("user_id", 7));
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(listed))
			.exchange()
			.expectStatus()
			.isOk();
		String unlisted = token(SECRET, Map.of("user_id", 77));
		this.web.get()
			.uri("/admin-only")
			.headers((headers) -> headers.setBearerAuth(unlisted))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void leavesPublicPathsOpen() {
		this.web.get().uri("/open/ping").exchange().expectStatus().isOk();
	}

	private void expectUnauthorized(String token) {
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void opensNoSessionForTokenRequests() {
		// stateless: a session per request piled up in the in-memory session store and,
		// under a run of refusals on one connection, left a 401 unanswered now and then
		int before = SESSIONS.asked.get();
		this.web.get().uri("/me").exchange().expectStatus().isUnauthorized();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth("not-a-token"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.web.get()
			.uri("/me")
			.headers((headers) -> headers.setBearerAuth(token(SECRET, "django", Instant.now().plusSeconds(60))))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(SESSIONS.asked.get()).isEqualTo(before);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Sessions {

		@Bean(WebHttpHandlerBuilder.WEB_SESSION_MANAGER_BEAN_NAME)
		WebSessionManager webSessionManager() {
			return SESSIONS;
		}

	}

	/** The default session manager, counting the sessions read. */
	static final class CountingSessions implements WebSessionManager {

		final AtomicInteger asked = new AtomicInteger();

		private final DefaultWebSessionManager sessions = new DefaultWebSessionManager();

		@Override
		public Mono<WebSession> getSession(ServerWebExchange exchange) {
			// every exchange holds a lazy session; counted only when something reads it
			return Mono.defer(() -> {
				this.asked.incrementAndGet();
				return this.sessions.getSession(exchange);
			});
		}

	}

	/** A token as the Django frontend makes it: no roles, the user id in user_id. */
	private static String token(String secret, Map<String, Object> claims) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer("django")
			.expirationTime(Date.from(Instant.now().plusSeconds(60)));
		claims.forEach(builder::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
		try {
			jwt.sign(new MACSigner(secret));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	static String token(String secret, String issuer, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().claim("user_id", 42)
			.claim("username", "marie")
			.claim("roles", List.of("user"))
			.issuer(issuer)
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(secret));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
