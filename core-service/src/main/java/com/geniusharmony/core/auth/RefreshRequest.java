package com.geniusharmony.core.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A refresh or logout: the refresh token the last login or refresh gave.
 *
 * @param refreshToken the token
 */
record RefreshRequest(@Schema(example = "dGhpcy1pcy1hLXJlZnJlc2gtdG9rZW4tZXhhbXBsZQ") @NotBlank @Size(
		max = 200) @Nullable String refreshToken) {

}
