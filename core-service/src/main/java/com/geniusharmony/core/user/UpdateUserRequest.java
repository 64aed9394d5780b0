package com.geniusharmony.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/users/{id}}: only the fields present change.
 * {@code active} is for administrators only.
 */
record UpdateUserRequest(
		@Size(min = 1, max = 150) @Pattern(regexp = "[\\w.@+-]*",
				message = "may contain only letters, digits and @.+-_") @Nullable String username,
		@Email @Size(min = 3, max = 254) @Nullable String email, @Size(max = 150) @Nullable String firstName,
		@Size(max = 150) @Nullable String lastName, @Size(min = 8, max = 128) @Nullable String password,
		@Nullable Boolean active) {

}
