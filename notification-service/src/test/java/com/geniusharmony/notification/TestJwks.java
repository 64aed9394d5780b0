package com.geniusharmony.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

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

/**
 * Stands in for the core-service's key publication: a real HTTP server on 127.0.0.1
 * serving the public half of a real RSA key at {@code /.well-known/jwks.json}, and RS256
 * tokens signed like the core-service signs them.
 */
public final class TestJwks implements AutoCloseable {

	/** The issuer the core-service writes in its tokens. */
	public static final String ISSUER = "genius-harmony";

	private final RSAKey key = generate("core-key");

	private final HttpServer server;

	public TestJwks() {
		byte[] body = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/.well-known/jwks.json", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	public String uri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json";
	}

	/** A valid token for the user. */
	public String token(String userId) {
		return sign(this.key, userId, ISSUER, Instant.now().plusSeconds(600));
	}

	/** A token signed with the published key that expired a minute ago. */
	public String expiredToken(String userId) {
		return sign(this.key, userId, ISSUER, Instant.now().minusSeconds(60));
	}

	/** A token signed with the published key by another issuer. */
	public String tokenOfIssuer(String userId, String issuer) {
		return sign(this.key, userId, issuer, Instant.now().plusSeconds(600));
	}

	/** A token signed with a key of the same id that is not the published one. */
	public String tokenSignedWithAnotherKey(String userId) {
		return sign(generate("core-key"), userId, ISSUER, Instant.now().plusSeconds(600));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static String sign(RSAKey key, String userId, String issuer, Instant expiresAt) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId)
			.claim("username", "someone")
			.issuer(issuer)
			.issueTime(new Date())
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
