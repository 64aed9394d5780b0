package com.geniusharmony.core.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/auth/token}.
 *
 * @param username the login name
 * @param password the password
 */
record TokenRequest(@Schema(example = "marie") @NotBlank @Size(max = 150) @Nullable String username,
		@Schema(example = "correct horse battery staple") @NotBlank @Size(max = 128) @Nullable String password) {

}
