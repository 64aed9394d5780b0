package com.geniusharmony.core.auth;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A refresh token that opens nothing: answered 401 with problem details.
 */
final class RefreshRefusedException extends ErrorResponseException {

	private RefreshRefusedException(String detail) {
		super(HttpStatus.UNAUTHORIZED);
		getBody().setTitle("Unauthorized");
		getBody().setDetail(detail);
	}

	static RefreshRefusedException invalid() {
		return new RefreshRefusedException("The refresh token is unknown, expired or revoked: sign in again.");
	}

	static RefreshRefusedException reused() {
		return new RefreshRefusedException(
				"The refresh token was used already: every session it belongs to is revoked. Sign in again.");
	}

	static RefreshRefusedException inactive() {
		return new RefreshRefusedException("The account is no longer active.");
	}

}
