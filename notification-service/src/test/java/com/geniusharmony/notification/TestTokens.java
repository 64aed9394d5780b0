package com.geniusharmony.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens shaped like the existing Django frontend's (HS256, the user id in
 * {@code user_id}), signed with the secret the test context accepts.
 */
public final class TestTokens {

	/** The secret the test context validates tokens with. */
	public static final String SECRET = "notification-service-test-secret-0123456789";

	/** The issuer the test context requires. */
	public static final String ISSUER = "genius-harmony-django";

	private TestTokens() {
	}

	/** A valid token for the user. */
	public static String forUser(String userId) {
		return sign(claims(userId, ISSUER, Instant.now().plusSeconds(600)), SECRET);
	}

	/** A valid token for an administrator. */
	public static String forAdmin(String userId) {
		return sign(new JWTClaimsSet.Builder(claims(userId, ISSUER, Instant.now().plusSeconds(600)))
			.claim("roles", List.of("admin"))
			.build(), SECRET);
	}

	/** A well-formed token signed with another secret. */
	public static String signedWithAnotherSecret(String userId) {
		return sign(claims(userId, ISSUER, Instant.now().plusSeconds(600)),
				"some-other-secret-that-is-long-enough-0123456789");
	}

	/** A token that expired an hour ago. */
	public static String expired(String userId) {
		return sign(claims(userId, ISSUER, Instant.now().minusSeconds(3600)), SECRET);
	}

	/** A token with the right signature from another issuer. */
	public static String ofIssuer(String userId, String issuer) {
		return sign(claims(userId, issuer, Instant.now().plusSeconds(600)), SECRET);
	}

	/** A fresh user id, so that tests sharing a database do not see each other's rows. */
	public static String newUserId() {
		return "user-" + UUID.randomUUID();
	}

	/** The claims of a Django token: the user in {@code user_id}. */
	public static JWTClaimsSet claims(Object userId, String issuer, Instant expiresAt) {
		return new JWTClaimsSet.Builder().claim("user_id", userId)
			.claim("username", "someone")
			.issuer(issuer)
			.issueTime(new Date())
			.expirationTime(Date.from(expiresAt))
			.build();
	}

	/** Signs claims with HS256. */
	public static String sign(JWTClaimsSet claims, String secret) {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
