package com.geniusharmony.odooemulator;

import org.jspecify.annotations.Nullable;

/**
 * A user ({@code res.users}, with its {@code res.partner}) the emulator creates at start,
 * so that a sync can find assignees by login or email; with a password or API key it can
 * also call the emulator.
 *
 * @param login the login
 * @param name the name
 * @param email the email, or null
 * @param password the password for JSON-RPC, or null if the user cannot log in
 * @param apiKey an API key (JSON-2 bearer, or JSON-RPC password), or null
 */
public record EmulatedUser(String login, String name, @Nullable String email, @Nullable String password,
		@Nullable String apiKey) {

	/**
	 * A user who cannot log in.
	 * @param login the login
	 * @param name the name
	 * @param email the email
	 * @return the user
	 */
	public static EmulatedUser of(String login, String name, @Nullable String email) {
		return new EmulatedUser(login, name, email, null, null);
	}

	@Override
	public String toString() {
		return "EmulatedUser[login=" + this.login + ", name=" + this.name + ", email=" + this.email + "]";
	}

}
