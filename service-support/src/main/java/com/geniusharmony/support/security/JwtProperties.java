package com.geniusharmony.support.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How bearer tokens are validated. Exactly one key source is used, in this order: an HMAC
 * secret (tokens of the existing Django frontend), an OIDC issuer, the JWKS of the
 * core-service. A service that signs its own tokens (the core-service) defines its own
 * decoder and ignores these sources.
 *
 * @param jwksUri where the signing keys are published ({@code HARMONY_JWT_JWKS_URI})
 * @param issuerUri an OIDC issuer whose discovery document names the keys
 * ({@code HARMONY_JWT_ISSUER_URI})
 * @param hmacSecret a shared HS256 secret ({@code HARMONY_JWT_HMAC_SECRET}); never logged
 * @param issuer the {@code iss} every token must carry, when set
 * ({@code HARMONY_JWT_ISSUER})
 * @param userIdClaim the claim naming the user ({@code HARMONY_JWT_USER_ID_CLAIM}:
 * {@code sub}, or {@code user_id} for the Django tokens)
 * @param publicPaths paths open without a token, besides health, metrics, API docs and
 * the token endpoints
 * @param adminClaim a claim that makes the caller an administrator when it is true, for
 * tokens without roles ({@code HARMONY_JWT_ADMIN_CLAIM}, such as {@code is_staff})
 * @param adminUserIds user ids that are administrators whatever their token's roles
 * ({@code HARMONY_JWT_ADMIN_USER_IDS}, comma-separated)
 */
@Validated
@ConfigurationProperties("harmony.jwt")
public record JwtProperties(@DefaultValue("http://localhost:8081/.well-known/jwks.json") @NotBlank String jwksUri,
		@Nullable String issuerUri, @Nullable String hmacSecret, @Nullable String issuer,
		@DefaultValue("sub") @NotBlank String userIdClaim, @DefaultValue List<String> publicPaths,
		@Nullable String adminClaim, @DefaultValue List<String> adminUserIds) {

	@Override
	public String toString() {
		return "JwtProperties[jwksUri=" + this.jwksUri + ", issuerUri=" + this.issuerUri + ", hmacSecret="
				+ ((this.hmacSecret != null) ? "(set)" : "(none)") + ", issuer=" + this.issuer + ", userIdClaim="
				+ this.userIdClaim + ", publicPaths=" + this.publicPaths + ", adminClaim=" + this.adminClaim
				+ ", adminUserIds=" + this.adminUserIds + "]";
	}

}
