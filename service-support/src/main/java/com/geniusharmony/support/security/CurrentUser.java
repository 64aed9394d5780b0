package com.geniusharmony.support.security;

import java.util.Objects;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

import com.geniusharmony.support.web.ForbiddenException;

/**
 * The caller of a request, from its access token. Controllers take it as a method
 * argument.
 *
 * @param id the user id (the configured user-id claim, {@code sub} by default)
 * @param username the {@code username} claim, or the id when the token has none
 * @param roles the {@code roles} claim, and {@code admin} when the deployment's admin
 * rule names the caller
 */
public record CurrentUser(String id, String username, Set<String> roles) {

	/** The role of administrators, who manage everything. */
	public static final String ADMIN_ROLE = "admin";

	public boolean isAdmin() {
		return this.roles.contains(ADMIN_ROLE);
	}

	/**
	 * The one admin gate of every service: refuses a caller who is not an administrator
	 * with a 403 problem.
	 * @param action what the caller tried, completing "Only an administrator may ..."
	 * @throws ForbiddenException if the caller is not an administrator
	 */
	public void requireAdmin(String action) {
		if (!isAdmin()) {
			throw new ForbiddenException("Only an administrator may " + action + ".");
		}
	}

	static CurrentUser from(Jwt jwt, TokenRoles roles) {
		// every source's validator has checked that the token names a user
		String userId = Objects.requireNonNull(roles.userId(jwt), "user id");
		String username = jwt.hasClaim("username") ? jwt.getClaimAsString("username") : userId;
		return new CurrentUser(userId, username, roles.of(jwt));
	}

}
