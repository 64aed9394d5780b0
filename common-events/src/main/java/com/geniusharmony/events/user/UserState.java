package com.geniusharmony.events.user;

import java.util.Objects;

/**
 * The full state of a user as events carry it. It never holds a password or its hash.
 *
 * @param id opaque user id
 * @param username unique login name
 * @param email email address, empty if none
 * @param firstName first name, empty if none
 * @param lastName last name, empty if none
 * @param active false once the user is deactivated
 */
public record UserState(String id, String username, String email, String firstName, String lastName, boolean active) {

	public UserState {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(username, "username");
		Objects.requireNonNull(email, "email");
		Objects.requireNonNull(firstName, "firstName");
		Objects.requireNonNull(lastName, "lastName");
	}

}
