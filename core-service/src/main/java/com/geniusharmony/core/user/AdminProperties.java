package com.geniusharmony.core.user;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account created at start-up when both are set
 * ({@code HARMONY_ADMIN_USERNAME}, {@code HARMONY_ADMIN_PASSWORD}); without them no
 * administrator is created.
 *
 * @param username the administrator's login name
 * @param password the administrator's password; never logged
 */
@ConfigurationProperties("harmony.admin")
record AdminProperties(@Nullable String username, @Nullable String password) {

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password="
				+ ((this.password != null) ? "(set)" : "(none)") + "]";
	}

}
