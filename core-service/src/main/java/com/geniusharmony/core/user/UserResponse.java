package com.geniusharmony.core.user;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.odoolink.OdooSync;
import org.jspecify.annotations.Nullable;

/**
 * A user as the API shows it; never its password.
 */
record UserResponse(String id, String username, String email, String firstName, String lastName, boolean active,
		boolean isAdmin, long version, @Nullable Long odooId, String syncStatus) {

	static UserResponse of(User user, OdooSync odoo) {
		return new UserResponse(Ids.format(user.id()), user.username(), user.email(), user.firstName(), user.lastName(),
				user.active(), user.admin(), user.version(), odoo.odooId(), odoo.syncStatus());
	}

}
