package com.geniusharmony.core.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/auth/token}.
 *
 * @param username the login name
 * @param password the password
 */
record TokenRequest(@NotBlank @Size(max = 150) @Nullable String username,
		@NotBlank @Size(max = 128) @Nullable String password) {

}
