package com.geniusharmony.events.user;

import com.geniusharmony.events.EventPayload;

/**
 * An event about a user: each one carries the user's full state after the change, so a
 * consumer that only keeps the latest state needs no more than {@link #user()}.
 */
public sealed interface UserEvent extends EventPayload permits UserCreated, UserUpdated, UserDeactivated {

	/**
	 * The user's full state after the change (its last state for a deletion).
	 * @return the state
	 */
	UserState user();

	@Override
	default String aggregateId() {
		return user().id();
	}

}
