package com.geniusharmony.odoosync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens for the operations API in tests, signed with the HS256 secret the test
 * contexts accept ({@code harmony.jwt.hmac-secret=} {@link #SECRET}).
 */
public final class OperatorTokens {

	/** The secret the test contexts validate tokens with. */
	public static final String SECRET = "odoo-sync-service-test-secret-0123456789";

	/** The property that makes a test context accept these tokens. */
	public static final String SECRET_PROPERTY = "harmony.jwt.hmac-secret=" + SECRET;

	private OperatorTokens() {
	}

	/**
	 * A token of an administrator.
	 * @return the token
	 */
	public static String admin() {
		return sign("admin");
	}

	/**
	 * A token of a user without the administrator role.
	 * @return the token
	 */
	public static String user() {
		return sign("user");
	}

	private static String sign(String role) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("7")
			.claim("username", "operator")
			.claim("roles", List.of(role))
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
