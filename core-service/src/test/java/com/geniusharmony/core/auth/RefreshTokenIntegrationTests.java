package com.geniusharmony.core.auth;

import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token lifecycle a browser frontend lives by: short access tokens, refresh tokens
 * that work once and rotate, a reused one revoking its whole family, a logout ending the
 * session, a deactivated user refreshed no more.
 */
class RefreshTokenIntegrationTests extends CoreIntegrationTest {

	@Test
	void aLoginGivesAShortAccessTokenAndARefreshTokenThatRotates() {
		Map<?, ?> login = login(this.api.user("rotate"));
		assertThat(login.get("expires_in")).isEqualTo(900);
		assertThat(login.get("refresh_expires_in")).isEqualTo(14 * 24 * 3600);
		String first = (String) login.get("refresh_token");

		Map<?, ?> refreshed = this.api.ok(HttpMethod.POST, "/api/auth/refresh", null, Map.of("refresh_token", first));

		assertThat(refreshed.get("refresh_token")).isNotEqualTo(first);
		assertThat(refreshed.get("access_token")).isNotEqualTo(login.get("access_token"));
		this.api.call(HttpMethod.GET, "/api/projects", (String) refreshed.get("access_token"), null)
			.expectStatus()
			.isOk();
		Map<?, ?> again = this.api.ok(HttpMethod.POST, "/api/auth/refresh", null,
				Map.of("refresh_token", refreshed.get("refresh_token")));
		assertThat(again.get("refresh_token")).isNotIn(first, refreshed.get("refresh_token"));
	}

	@Test
	void aRefreshTokenUsedTwiceRevokesItsWholeFamily() {
		NewUser user = this.api.user("reuse");
		String stolen = (String) login(user).get("refresh_token");
		String legitimate = (String) this.api
			.ok(HttpMethod.POST, "/api/auth/refresh", null, Map.of("refresh_token", stolen))
			.get("refresh_token");
		String otherSession = (String) login(user).get("refresh_token");

		refused(stolen).jsonPath("$.detail")
			.value(String.class, (detail) -> assertThat(detail).contains("used already"));

		refused(legitimate);
		// another login is another family: it goes on
		this.api.ok(HttpMethod.POST, "/api/auth/refresh", null, Map.of("refresh_token", otherSession));
	}

	@Test
	void aLogoutEndsTheSessionOfItsRefreshToken() {
		String refresh = (String) login(this.api.user("logout")).get("refresh_token");
		this.api.call(HttpMethod.POST, "/api/auth/logout", null, Map.of("refresh_token", refresh))
			.expectStatus()
			.isNoContent();
		refused(refresh);
		// logging out twice, or with a token that never was, changes nothing and tells
		// nothing
		this.api.call(HttpMethod.POST, "/api/auth/logout", null, Map.of("refresh_token", "never-issued"))
			.expectStatus()
			.isNoContent();
	}

	@Test
	void aDeactivatedUserIsRefreshedNoMore() {
		NewUser user = this.api.user("leaving");
		String refresh = (String) login(user).get("refresh_token");
		this.api.call(HttpMethod.DELETE, "/api/users/" + user.id(), this.api.adminToken(), null)
			.expectStatus()
			.is2xxSuccessful();
		refused(refresh).jsonPath("$.detail").isEqualTo("The account is no longer active.");
	}

	@Test
	void aRefreshTokenIsNoAccessTokenAndAMissingOneIsNamed() {
		String refresh = (String) login(this.api.user("misuse")).get("refresh_token");
		this.api.call(HttpMethod.GET, "/api/projects", refresh, null).expectStatus().isUnauthorized();
		this.api.call(HttpMethod.POST, "/api/auth/refresh", null, Map.of())
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("refresh_token");
		refused("not-a-token-we-gave");
	}

	private Map<?, ?> login(NewUser user) {
		return this.api.ok(HttpMethod.POST, "/api/auth/token", null,
				Map.of("username", user.username(), "password", user.password()));
	}

	private BodyContentSpec refused(String refreshToken) {
		return this.api.call(HttpMethod.POST, "/api/auth/refresh", null, Map.of("refresh_token", refreshToken))
			.expectStatus()
			.isUnauthorized()
			.expectBody();
	}

}
