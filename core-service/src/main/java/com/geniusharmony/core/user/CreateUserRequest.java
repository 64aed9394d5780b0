package com.geniusharmony.core.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/users}.
 *
 * @param username unique login name: letters, digits and {@code @.+-_}, at most 150
 * @param email unique email address
 * @param firstName first name, optional
 * @param lastName last name, optional
 * @param password at least 8 characters
 */
record CreateUserRequest(
		@NotBlank @Size(max = 150) @Pattern(regexp = "[\\w.@+-]*",
				message = "may contain only letters, digits and @.+-_") @Nullable String username,
		@NotBlank @Email @Size(max = 254) @Nullable String email, @Size(max = 150) @Nullable String firstName,
		@Size(max = 150) @Nullable String lastName, @NotBlank @Size(min = 8, max = 128) @Nullable String password) {

}
