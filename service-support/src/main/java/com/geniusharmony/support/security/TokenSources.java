package com.geniusharmony.support.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The key sources a service accepts tokens from, all at once, each when configured: the
 * core-service's published keys, an HMAC secret (the Django frontend's SimpleJWT tokens),
 * an OpenID Connect issuer. A token goes to the one source it names by its algorithm
 * (HMAC) or its issuer (the OIDC issuer's), the core-service's otherwise; that source
 * alone checks its signature, expiry and issuer, so what the token says of itself only
 * picks the keys that must have signed it. The issuer is checked where the source has
 * one; a token of an issuer no source has is refused without fetching any key. A token
 * carrying {@code token_type} (SimpleJWT's) must be an access token.
 */
final class TokenSources implements ReactiveJwtDecoder {

	private static final String TOKEN_TYPE = "token_type";

	private final @Nullable ReactiveJwtDecoder core;

	private final @Nullable String coreIssuer;

	private final @Nullable ReactiveJwtDecoder hmac;

	private final @Nullable ReactiveJwtDecoder oidc;

	private final @Nullable String oidcIssuer;

	private TokenSources(@Nullable ReactiveJwtDecoder core, @Nullable String coreIssuer,
			@Nullable ReactiveJwtDecoder hmac, @Nullable ReactiveJwtDecoder oidc, @Nullable String oidcIssuer) {
		this.core = core;
		this.coreIssuer = coreIssuer;
		this.hmac = hmac;
		this.oidc = oidc;
		this.oidcIssuer = oidcIssuer;
	}

	/**
	 * The sources the properties configure.
	 * @param properties the token settings
	 * @param keyFetcher fetches the published keys of the core-service and of an OIDC
	 * issuer
	 * @return the decoder
	 */
	static TokenSources of(JwtProperties properties, WebClient keyFetcher) {
		TokenRoles roles = new TokenRoles(properties);
		NimbusReactiveJwtDecoder core = null;
		if (properties.coreJwksUri() != null) {
			core = NimbusReactiveJwtDecoder.withJwkSetUri(properties.coreJwksUri()).webClient(keyFetcher).build();
			core.setJwtValidator(validator(properties.issuer(), roles));
		}
		NimbusReactiveJwtDecoder hmac = null;
		if (isSet(properties.hmacSecret())) {
			hmac = NimbusReactiveJwtDecoder.withSecretKey(hmacKey(properties.hmacSecret()))
				.macAlgorithm(MacAlgorithm.HS256)
				.build();
			hmac.setJwtValidator(validator(properties.hmacIssuer(), roles));
		}
		NimbusReactiveJwtDecoder oidc = null;
		if (isSet(properties.issuerUri())) {
			oidc = NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuerUri()).webClient(keyFetcher).build();
			oidc.setJwtValidator(validator(properties.issuerUri(), roles));
		}
		return new TokenSources(core, isSet(properties.issuer()) ? properties.issuer() : null, hmac, oidc,
				isSet(properties.issuerUri()) ? properties.issuerUri() : null);
	}

	@Override
	public Mono<Jwt> decode(String token) {
		SignedJWT parsed;
		String issuer;
		try {
			// an unsecured or an encrypted token is no access token here
			if (!(JWTParser.parse(token) instanceof SignedJWT signed)) {
				return Mono.error(new BadJwtException("The token is not a signed JWT"));
			}
			parsed = signed;
			issuer = parsed.getJWTClaimsSet().getIssuer();
		}
		catch (ParseException ex) {
			return Mono.error(new BadJwtException("The token is not a JWT: " + ex.getMessage(), ex));
		}
		if (JWSAlgorithm.Family.HMAC_SHA.contains(parsed.getHeader().getAlgorithm())) {
			return (this.hmac != null) ? this.hmac.decode(token)
					: Mono.error(new BadJwtException("HMAC-signed tokens are not accepted here"));
		}
		if (this.oidc != null && Objects.equals(this.oidcIssuer, issuer)) {
			return this.oidc.decode(token);
		}
		if (this.core == null || (this.coreIssuer != null && !this.coreIssuer.equals(issuer))) {
			return Mono.error(new BadJwtException("Tokens of the issuer " + issuer + " are not accepted here"));
		}
		return this.core.decode(token);
	}

	/**
	 * Expiry and not-before always, the issuer when the source has one, access tokens
	 * naming a user only.
	 */
	private static OAuth2TokenValidator<Jwt> validator(@Nullable String issuer, TokenRoles roles) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefault());
		if (isSet(issuer)) {
			validators.add(new JwtIssuerValidator(issuer));
		}
		validators.add(TokenSources::accessTokensOnly);
		validators.add((jwt) -> namesAUser(jwt, roles));
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static OAuth2TokenValidatorResult namesAUser(Jwt jwt, TokenRoles roles) {
		return (roles.userId(jwt) != null) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token names no user", null));
	}

	/** A SimpleJWT refresh token says so in {@code token_type}: it opens nothing here. */
	private static OAuth2TokenValidatorResult accessTokensOnly(Jwt jwt) {
		Object type = jwt.getClaims().get(TOKEN_TYPE);
		if (type == null || "access".equals(type)) {
			return OAuth2TokenValidatorResult.success();
		}
		return OAuth2TokenValidatorResult
			.failure(new OAuth2Error("invalid_token", "The token is a " + type + " token, not an access token", null));
	}

	private static SecretKeySpec hmacKey(String secret) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		// HS256 needs a key of at least 256 bits; a shorter one would make every token
		// fail,
		// silently
		if (bytes.length < 32) {
			throw new IllegalStateException("HARMONY_JWT_HMAC_SECRET must be at least 32 bytes long");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	private static boolean isSet(@Nullable String value) {
		return value != null && !value.isBlank();
	}

}
