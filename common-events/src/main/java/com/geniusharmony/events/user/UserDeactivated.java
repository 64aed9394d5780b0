package com.geniusharmony.events.user;

import java.util.Objects;

import com.geniusharmony.events.EventType;

/**
 * A user was deactivated ({@code user.deactivated}); the state is inactive.
 *
 * @param user the user's full state after the change
 */
public record UserDeactivated(UserState user) implements UserEvent {

	public UserDeactivated {
		Objects.requireNonNull(user, "user");
		if (user.active()) {
			throw new IllegalArgumentException("a deactivated user must not be active");
		}
	}

	@Override
	public EventType type() {
		return EventType.USER_DEACTIVATED;
	}

}
