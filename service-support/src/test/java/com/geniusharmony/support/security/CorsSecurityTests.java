package com.geniusharmony.support.security;

import java.time.Instant;

import com.geniusharmony.support.web.WebSupportConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Pages of the configured origins may call the API from a browser: their preflight is
 * answered without a token, their requests still need one. Other origins get no CORS
 * headers, so the browser keeps the answer from them.
 */
@WebFluxTest(controllers = SecuredController.class,
		properties = { "harmony.jwt.hmac-secret=" + HmacTokenSecurityTests.SECRET, "harmony.jwt.user-id-claim=user_id",
				"harmony.cors.allowed-origins=https://app.example.test, https://ops.example.test",
				"harmony.cors.max-age=10m" })
@ImportAutoConfiguration({ SecurityConfiguration.class, WebSupportConfiguration.class })
class CorsSecurityTests {

	/** The API's own origin: a request of the same origin is no CORS request. */
	private static final String API = "http://api.example.test";

	private static final String FRONTEND = "https://app.example.test";

	@Autowired
	private WebTestClient web;

	@Test
	void answersAPreflightOfAnAllowedOriginWithoutAToken() {
		this.web.options()
			.uri(API + "/me")
			.header(HttpHeaders.ORIGIN, FRONTEND)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> methods.contains("DELETE"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> headers.toLowerCase().contains("authorization"))
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600")
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void letsAnAllowedOriginReadAnAnswerButStillWantsItsToken() {
		this.web.get()
			.uri(API + "/me")
			.header(HttpHeaders.ORIGIN, FRONTEND)
			.headers((headers) -> headers.setBearerAuth(HmacTokenSecurityTests.token(HmacTokenSecurityTests.SECRET,
					"django", Instant.now().plusSeconds(60))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, (exposed) -> exposed.contains("Location"));
		this.web.get()
			.uri(API + "/me")
			.header(HttpHeaders.ORIGIN, FRONTEND)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND);
	}

	@Test
	void refusesThePreflightOfAnotherOriginWithoutCorsHeaders() {
		this.web.method(HttpMethod.OPTIONS)
			.uri(API + "/me")
			.header(HttpHeaders.ORIGIN, "https://evil.example.test")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		this.web.get()
			.uri(API + "/open/ping")
			.header(HttpHeaders.ORIGIN, "https://evil.example.test")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

}
