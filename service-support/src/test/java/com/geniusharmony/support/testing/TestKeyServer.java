package com.geniusharmony.support.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import com.geniusharmony.support.security.CurrentUser;

/**
 * A real HTTP server on 127.0.0.1 publishing the public half of a real RSA key, at
 * {@code /.well-known/jwks.json} as core-service does, and an OpenID Connect discovery
 * document at {@code /.well-known/openid-configuration} as an external issuer does; and
 * RS256 tokens signed with that key, or with another key of the same id.
 */
public final class TestKeyServer implements AutoCloseable {

	/** The issuer core-service writes in its tokens. */
	public static final String CORE_ISSUER = "genius-harmony";

	private static final String KEY_ID = "core-key";

	private final RSAKey key = generateKey();

	private final HttpServer server;

	public TestKeyServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		serve("/.well-known/jwks.json", new JWKSet(this.key.toPublicJWK()).toString());
		serve("/.well-known/openid-configuration",
				"{\"issuer\": \"" + issuerUri() + "\", \"jwks_uri\": \"" + jwksUri() + "\"}");
		this.server.start();
	}

	/**
	 * The issuer's address, where its discovery document is.
	 * @return such as {@code http://127.0.0.1:40123}
	 */
	public String issuerUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Where the public key is published.
	 * @return the JWKS address
	 */
	public String jwksUri() {
		return issuerUri() + "/.well-known/jwks.json";
	}

	/**
	 * A token of a user, valid for ten minutes, signed with the published key.
	 * @param subject the user's id
	 * @param issuer the issuer named in the token
	 * @return the token
	 */
	public String token(String subject, String issuer) {
		return sign(this.key, subject, issuer, List.of(), Instant.now().plusSeconds(600));
	}

	/**
	 * A token of an administrator, valid for ten minutes, signed with the published key.
	 * @param issuer the issuer named in the token
	 * @return the token
	 */
	public String adminToken(String issuer) {
		return sign(this.key, "7", issuer, List.of(CurrentUser.ADMIN_ROLE), Instant.now().plusSeconds(600));
	}

	/**
	 * A token signed with the published key that expired a minute ago.
	 * @param subject the user's id
	 * @param issuer the issuer named in the token
	 * @return the token
	 */
	public String expiredToken(String subject, String issuer) {
		return sign(this.key, subject, issuer, List.of(), Instant.now().minusSeconds(60));
	}

	/**
	 * A token of an administrator signed with a key of the same id that is not the
	 * published one.
	 * @param issuer the issuer named in the token
	 * @return the token
	 */
	public String tokenSignedWithAnotherKey(String issuer) {
		return sign(generateKey(), "7", issuer, List.of(CurrentUser.ADMIN_ROLE), Instant.now().plusSeconds(600));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void serve(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		this.server.createContext(path, (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
	}

	private static String sign(RSAKey key, String subject, String issuer, List<String> roles, Instant expiresAt) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("username", "user-" + subject)
			.issuer(issuer)
			.issueTime(new Date())
			.expirationTime(Date.from(expiresAt));
		if (!roles.isEmpty()) {
			claims.claim("roles", roles);
		}
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
