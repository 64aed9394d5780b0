package com.geniusharmony.core.auth;

import java.text.ParseException;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIntegrationTests extends CoreIntegrationTest {

	@Test
	void issuesAnRs256TokenSignedByTheKeyOfTheJwks() throws ParseException, JOSEException {
		NewUser user = this.api.user("signed");
		Map<?, ?> answer = this.api.ok(HttpMethod.POST, "/api/auth/token", null,
				Map.of("username", user.username(), "password", user.password()));
		assertThat(answer.get("token_type")).isEqualTo("Bearer");
		assertThat(answer.get("expires_in")).isEqualTo(900);
		String jwks = this.web.get()
			.uri("/.well-known/jwks.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		RSAKey key = (RSAKey) JWKSet.parse(jwks).getKeys().get(0);
		assertThat(key.isPrivate()).isFalse();
		SignedJWT token = SignedJWT.parse((String) answer.get("access_token"));
		assertThat(token.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
		assertThat(token.getHeader().getKeyID()).isEqualTo(key.getKeyID());
		assertThat(token.verify(new RSASSAVerifier(key))).isTrue();
		assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo(user.id());
		assertThat(token.getJWTClaimsSet().getStringClaim("username")).isEqualTo(user.username());
		assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("user");
		assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("genius-harmony");
	}

	@Test
	void givesTheAdministratorTheAdminRole() throws ParseException {
		SignedJWT token = SignedJWT.parse(this.api.adminToken());
		assertThat(token.getJWTClaimsSet().getStringListClaim("roles")).isEqualTo(List.of("admin"));
	}

	@Test
	void refusesAWrongPasswordOrAnUnknownUserAlike() {
		NewUser user = this.api.user("wrong");
		this.api
			.call(HttpMethod.POST, "/api/auth/token", null,
					Map.of("username", user.username(), "password", "not the password"))
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Invalid username or password.");
		this.api.call(HttpMethod.POST, "/api/auth/token", null, Map.of("username", "nobody-at-all", "password", "x"))
			.expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Invalid username or password.");
		this.api.call(HttpMethod.POST, "/api/auth/token", null, Map.of("username", user.username()))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void servesTheOpenApiDocumentWithoutAToken() {
		this.web.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/tasks']")
			.exists()
			.jsonPath("$.paths['/api/auth/token']")
			.exists();
	}

}
