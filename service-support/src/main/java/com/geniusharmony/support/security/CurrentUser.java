package com.geniusharmony.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

import com.geniusharmony.support.web.ForbiddenException;

/**
 * The caller of a request, from its access token. Controllers take it as a method
 * argument.
 *
 * @param id the user id (the configured user-id claim, {@code sub} by default)
 * @param username the {@code username} claim, or the id when the token has none
 * @param roles the {@code roles} claim
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

	static CurrentUser from(Jwt jwt, String userIdClaim) {
		Object id = jwt.getClaims().get(userIdClaim);
		String userId = (id != null) ? id.toString() : jwt.getSubject();
		String username = jwt.hasClaim("username") ? jwt.getClaimAsString("username") : userId;
		return new CurrentUser(userId, username, roles(jwt));
	}

	static Set<String> roles(Jwt jwt) {
		Object roles = jwt.getClaims().get("roles");
		Collection<?> values = (roles instanceof Collection<?> collection) ? collection
				: (roles != null) ? List.of(roles) : List.of();
		return values.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
	}

}
