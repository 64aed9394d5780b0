package com.geniusharmony.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for the tests, signed with the HS256 secret the test context accepts.
 */
public final class TestTokens {

	/** The secret the test context validates tokens with. */
	public static final String SECRET = "notification-service-test-secret-0123456789";

	private TestTokens() {
	}

	/** A valid token for the user. */
	public static String forUser(String userId) {
		return sign(userId, SECRET);
	}

	/** A well-formed token signed with another secret. */
	public static String signedWithAnotherSecret(String userId) {
		return sign(userId, "some-other-secret-that-is-long-enough-0123456789");
	}

	/** A fresh user id, so that tests sharing a database do not see each other's rows. */
	public static String newUserId() {
		return "user-" + UUID.randomUUID();
	}

	private static String sign(String userId, String secret) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
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
