package com.geniusharmony.support.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles of a token's caller: its {@code roles} claim, plus {@code admin} when the
 * deployment's admin rule names it, for tokens that carry no roles (the Django
 * frontend's): a claim that is true ({@code HARMONY_JWT_ADMIN_CLAIM}, such as
 * {@code is_staff}), or a user id of a list ({@code HARMONY_JWT_ADMIN_USER_IDS}).
 */
final class TokenRoles {

	private static final String SIMPLE_JWT_USER_ID_CLAIM = "user_id";

	private final String userIdClaim;

	private final @Nullable String adminClaim;

	private final Set<String> adminUserIds;

	TokenRoles(JwtProperties properties) {
		this.userIdClaim = properties.userIdClaim();
		this.adminClaim = (properties.adminClaim() != null && !properties.adminClaim().isBlank())
				? properties.adminClaim().trim() : null;
		this.adminUserIds = properties.adminUserIds()
			.stream()
			.map(String::trim)
			.filter((id) -> !id.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	Set<String> of(Jwt jwt) {
		Object claimed = jwt.getClaims().get("roles");
		Collection<?> values = (claimed instanceof Collection<?> collection) ? collection
				: (claimed != null) ? List.of(claimed) : List.of();
		Set<String> roles = values.stream().map(Object::toString).collect(Collectors.toCollection(HashSet::new));
		if (namedByAdminRule(jwt)) {
			roles.add(CurrentUser.ADMIN_ROLE);
		}
		return Set.copyOf(roles);
	}

	/**
	 * The configured claim, else {@code sub}, else SimpleJWT's {@code user_id}: so the
	 * core-service's tokens and the Django frontend's are both understood whatever the
	 * configured claim.
	 */
	@Nullable String userId(Jwt jwt) {
		Object id = jwt.getClaims().get(this.userIdClaim);
		if (id == null) {
			id = (jwt.getSubject() != null) ? jwt.getSubject() : jwt.getClaims().get(SIMPLE_JWT_USER_ID_CLAIM);
		}
		return (id != null) ? id.toString() : null;
	}

	private boolean namedByAdminRule(Jwt jwt) {
		if (this.adminClaim != null) {
			Object flag = jwt.getClaims().get(this.adminClaim);
			if (Boolean.TRUE.equals(flag) || "true".equalsIgnoreCase(String.valueOf(flag))) {
				return true;
			}
		}
		String userId = userId(jwt);
		return userId != null && this.adminUserIds.contains(userId);
	}

}
