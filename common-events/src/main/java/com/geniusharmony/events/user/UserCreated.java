package com.geniusharmony.events.user;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was created ({@code user.created}).
 *
 * @param user the user's full state after the change
 */
public record UserCreated(UserState user) implements UserEvent {

	public UserCreated {
		Objects.requireNonNull(user, "user");
	}

	@Override
	public EventType type() {
		return EventType.USER_CREATED;
	}

}
