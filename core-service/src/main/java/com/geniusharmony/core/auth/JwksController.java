package com.geniusharmony.core.auth;

import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /.well-known/jwks.json}: the public key the other services check tokens
 * with.
 */
@RestController
class JwksController {

	private final Map<String, Object> jwks;

	JwksController(RSAKey tokenSigningKey) {
		this.jwks = new JWKSet(tokenSigningKey.toPublicJWK()).toJSONObject();
	}

	@GetMapping("/.well-known/jwks.json")
	Map<String, Object> jwks() {
		return this.jwks;
	}

}
