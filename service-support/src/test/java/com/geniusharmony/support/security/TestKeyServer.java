package com.geniusharmony.support.security;

import java.io.IOException;
import java.io.OutputStream;
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

/**
 * A real HTTP server on 127.0.0.1 publishing the public half of a real RSA key, at
 * {@code /.well-known/jwks.json} as core-service does, and an OpenID Connect discovery
 * document at {@code /.well-known/openid-configuration} as an external issuer does; and
 * tokens signed with that key or another.
 */
final class TestKeyServer implements AutoCloseable {

	private final RSAKey key = generateKey("core-key");

	private final HttpServer server;

	TestKeyServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		serve("/.well-known/jwks.json", new JWKSet(this.key.toPublicJWK()).toString());
		serve("/.well-known/openid-configuration",
				"{\"issuer\": \"" + issuerUri() + "\", \"jwks_uri\": \"" + jwksUri() + "\"}");
		this.server.start();
	}

	String issuerUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String jwksUri() {
		return issuerUri() + "/.well-known/jwks.json";
	}

	/** A token of an administrator, signed with the published key. */
	String token(String issuer) {
		return sign(this.key, issuer);
	}

	/** A token signed with a key of the same id that is not the published one. */
	String tokenSignedWithAnotherKey(String issuer) {
		return sign(generateKey("core-key"), issuer);
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

	private static String sign(RSAKey key, String issuer) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("7")
			.claim("username", "admin")
			.claim("roles", List.of(CurrentUser.ADMIN_ROLE))
			.issuer(issuer)
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
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

	private static RSAKey generateKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
