package com.geniusharmony.core.auth;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How access tokens are issued.
 *
 * @param privateKey the RSA signing key, PEM PKCS#8 ({@code HARMONY_JWT_PRIVATE_KEY});
 * shared by all replicas. Without it a key is generated at start-up, and tokens die with
 * the process. Never logged.
 * @param issuer the {@code iss} of the tokens ({@code HARMONY_JWT_ISSUER})
 * @param ttl how long an access token is valid ({@code HARMONY_JWT_TTL}): short, since it
 * cannot be revoked
 * @param refreshTtl how long a refresh token is valid ({@code HARMONY_JWT_REFRESH_TTL}):
 * how long a user stays signed in without using the application
 */
@Validated
@ConfigurationProperties("harmony.jwt")
public record AuthProperties(@Nullable String privateKey, @NotBlank String issuer, @DefaultValue("15m") Duration ttl,
		@DefaultValue("14d") Duration refreshTtl) {

	@Override
	public String toString() {
		return "AuthProperties[privateKey=" + ((this.privateKey != null) ? "(set)" : "(none)") + ", issuer="
				+ this.issuer + ", ttl=" + this.ttl + ", refreshTtl=" + this.refreshTtl + "]";
	}

}
