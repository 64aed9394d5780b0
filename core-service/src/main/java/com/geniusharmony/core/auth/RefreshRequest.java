package com.geniusharmony.core.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A refresh or logout: the refresh token the last login or refresh gave.
 *
 * @param refreshToken the token
 */
record RefreshRequest(@NotBlank @Size(max = 200) @Nullable String refreshToken) {

}
