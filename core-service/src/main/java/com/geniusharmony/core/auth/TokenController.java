package com.geniusharmony.core.auth;

import java.util.Optional;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The token lifecycle. {@code POST /api/auth/token}: a username and password for a
 * short-lived access token and a refresh token; a wrong password, an unknown or a
 * deactivated user all get the same 401. {@code POST /api/auth/refresh}: a refresh token
 * for a new access token and the next refresh token (each refresh token works once).
 * {@code POST /api/auth/logout}: the refresh token's session ends.
 */
@RestController
class TokenController {

	private final CredentialsRepository credentials;

	private final PasswordHasher passwords;

	private final TokenIssuer issuer;

	private final RefreshTokens refreshTokens;

	TokenController(CredentialsRepository credentials, PasswordHasher passwords, TokenIssuer issuer,
			RefreshTokens refreshTokens) {
		this.credentials = credentials;
		this.passwords = passwords;
		this.issuer = issuer;
		this.refreshTokens = refreshTokens;
	}

	@PostMapping("/api/auth/token")
	Mono<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
		String password = String.valueOf(request.password());
		// an unknown user costs one hash too, so that the answer's timing does not tell
		// whether the user exists
		return this.credentials.findByUsername(String.valueOf(request.username()))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap((user) -> this.passwords.matches(password, user.map(Credentials::passwordHash).orElse(null))
				.filter((matches) -> matches && user.get().active())
				.map((matches) -> user.get()))
			.switchIfEmpty(Mono.error(this::refused))
			.flatMap((user) -> this.refreshTokens.startFamily(user.id()).map((refresh) -> answer(user, refresh)));
	}

	@PostMapping("/api/auth/refresh")
	Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
		String token = String.valueOf(request.refreshToken());
		return this.refreshTokens.rotate(token)
			.flatMap((rotation) -> this.credentials.findById(rotation.userId())
				.filter(Credentials::active)
				.map((user) -> answer(user, rotation.nextToken()))
				.switchIfEmpty(Mono.defer(() -> this.refreshTokens.revokeFamily(rotation.nextToken())
					.then(Mono.error(RefreshRefusedException::inactive)))));
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> logout(@Valid @RequestBody RefreshRequest request) {
		return this.refreshTokens.revokeFamily(String.valueOf(request.refreshToken()));
	}

	private TokenResponse answer(Credentials user, String refreshToken) {
		return new TokenResponse(this.issuer.sign(user), "Bearer", this.issuer.ttlSeconds(), refreshToken,
				this.refreshTokens.ttlSeconds());
	}

	private ErrorResponseException refused() {
		ErrorResponseException ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED);
		ex.getBody().setTitle("Unauthorized");
		ex.getBody().setDetail("Invalid username or password.");
		return ex;
	}

}
