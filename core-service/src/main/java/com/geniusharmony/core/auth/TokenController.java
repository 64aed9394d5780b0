package com.geniusharmony.core.auth;

import java.util.Optional;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/auth/token}: a username and password for an access token. A wrong
 * password, an unknown or a deactivated user all get the same 401.
 */
@RestController
class TokenController {

	private final CredentialsRepository credentials;

	private final PasswordHasher passwords;

	private final TokenIssuer issuer;

	TokenController(CredentialsRepository credentials, PasswordHasher passwords, TokenIssuer issuer) {
		this.credentials = credentials;
		this.passwords = passwords;
		this.issuer = issuer;
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
				.map((matches) -> this.issuer.issue(user.get())))
			.switchIfEmpty(Mono.error(this::refused));
	}

	private ErrorResponseException refused() {
		ErrorResponseException ex = new ErrorResponseException(HttpStatus.UNAUTHORIZED);
		ex.getBody().setTitle("Unauthorized");
		ex.getBody().setDetail("Invalid username or password.");
		return ex;
	}

}
