package com.geniusharmony.support.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How bearer tokens are validated. Tokens are accepted from every configured key source
 * at once ({@link TokenSources}): the core-service's published keys, an HMAC secret
 * (tokens of the existing Django frontend), an OIDC issuer. A service that signs its own
 * tokens (the core-service) defines its own decoder and ignores these sources.
 *
 * @param jwksUri where the core-service publishes its signing keys
 * ({@code HARMONY_JWT_JWKS_URI}); when no source is set, the local core-service's
 * ({@link #DEFAULT_JWKS_URI})
 * @param issuerUri an OIDC issuer whose discovery document names the keys; its tokens
 * must carry it as {@code iss} ({@code HARMONY_JWT_ISSUER_URI})
 * @param hmacSecret a shared HS256 secret ({@code HARMONY_JWT_HMAC_SECRET}); never logged
 * @param issuer the {@code iss} the core-service's tokens must carry, when set
 * ({@code HARMONY_JWT_ISSUER})
 * @param hmacIssuer the {@code iss} the HMAC-signed tokens must carry, when set
 * ({@code HARMONY_JWT_HMAC_ISSUER}; SimpleJWT sets none unless told to)
 * @param userIdClaim the claim naming the user ({@code HARMONY_JWT_USER_ID_CLAIM}:
 * {@code sub}, or {@code user_id} for the Django tokens); {@code sub} when a token has
 * not that claim
 * @param publicPaths paths open without a token, besides health, metrics, API docs and
 * the token endpoints
 * @param adminClaim a claim that makes the caller an administrator when it is true, for
 * tokens without roles ({@code HARMONY_JWT_ADMIN_CLAIM}, such as {@code is_staff})
 * @param adminUserIds user ids that are administrators whatever their token's roles
 * ({@code HARMONY_JWT_ADMIN_USER_IDS}, comma-separated)
 */
@Validated
@ConfigurationProperties("harmony.jwt")
public record JwtProperties(@Nullable String jwksUri, @Nullable String issuerUri, @Nullable String hmacSecret,
		@Nullable String issuer, @Nullable String hmacIssuer, @DefaultValue("sub") @NotBlank String userIdClaim,
		@DefaultValue List<String> publicPaths, @Nullable String adminClaim, @DefaultValue List<String> adminUserIds) {

	/** The core-service's keys on this machine: the source when none is configured. */
	public static final String DEFAULT_JWKS_URI = "http://localhost:8081/.well-known/jwks.json";

	/**
	 * Where the core-service's keys are fetched from, if its tokens are accepted: the
	 * configured address, or the local default when no source at all is configured.
	 * @return the address, or null when only other sources are configured
	 */
	public @Nullable String coreJwksUri() {
		if (isSet(this.jwksUri)) {
			return this.jwksUri;
		}
		return (isSet(this.hmacSecret) || isSet(this.issuerUri)) ? null : DEFAULT_JWKS_URI;
	}

	private static boolean isSet(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "JwtProperties[jwksUri=" + this.jwksUri + ", issuerUri=" + this.issuerUri + ", hmacSecret="
				+ ((this.hmacSecret != null) ? "(set)" : "(none)") + ", issuer=" + this.issuer + ", hmacIssuer="
				+ this.hmacIssuer + ", userIdClaim=" + this.userIdClaim + ", publicPaths=" + this.publicPaths
				+ ", adminClaim=" + this.adminClaim + ", adminUserIds=" + this.adminUserIds + "]";
	}

}
