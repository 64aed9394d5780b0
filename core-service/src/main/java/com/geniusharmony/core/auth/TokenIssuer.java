package com.geniusharmony.core.auth;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/**
 * Signs RS256 access tokens: {@code sub} the user id, {@code username}, {@code roles}
 * ({@code admin} or {@code user}), issuer and expiry.
 */
@Component
class TokenIssuer {

	private final RSAKey key;

	private final RSASSASigner signer;

	private final AuthProperties properties;

	TokenIssuer(RSAKey tokenSigningKey, AuthProperties properties) throws JOSEException {
		this.key = tokenSigningKey;
		this.signer = new RSASSASigner(tokenSigningKey);
		this.properties = properties;
	}

	String sign(Credentials user) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.properties.issuer())
			.subject(user.id())
			.claim("username", user.username())
			.claim("roles", user.admin() ? List.of("admin") : List.of("user"))
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.properties.ttl())))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT token = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			token.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a token", ex);
		}
		return token.serialize();
	}

	/** The seconds an access token lives. */
	long ttlSeconds() {
		return this.properties.ttl().toSeconds();
	}

}
