package com.geniusharmony.events.user;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was updated ({@code user.updated}).
 *
 * @param user the user's full state after the change
 */
public record UserUpdated(UserState user) implements UserEvent {

	public UserUpdated {
		Objects.requireNonNull(user, "user");
	}

	@Override
	public EventType type() {
		return EventType.USER_UPDATED;
	}

}
