package com.geniusharmony.core.user;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.events.user.UserState;

/**
 * A user as stored, with its password hash and its version.
 */
record User(long id, String username, String email, String firstName, String lastName, String passwordHash,
		boolean active, boolean admin, long version) {

	UserState state() {
		return new UserState(Ids.format(this.id), this.username, this.email, this.firstName, this.lastName,
				this.active);
	}

	User withVersion(long newVersion) {
		return new User(this.id, this.username, this.email, this.firstName, this.lastName, this.passwordHash,
				this.active, this.admin, newVersion);
	}

}
