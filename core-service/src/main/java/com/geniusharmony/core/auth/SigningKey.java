package com.geniusharmony.core.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key pair that signs the tokens, as a JWK whose id is its thumbprint.
 */
final class SigningKey {

	private SigningKey() {
	}

	/**
	 * Reads a PEM PKCS#8 RSA private key ({@code -----BEGIN PRIVATE KEY-----}); the
	 * public key is derived from it.
	 */
	static RSAKey fromPem(String pem) {
		String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
			RSAPublicKey publicKey = (RSAPublicKey) factory
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
			return jwk(new KeyPair(publicKey, privateKey));
		}
		catch (GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			// the message could quote the key: say only what is expected
			throw new IllegalStateException("HARMONY_JWT_PRIVATE_KEY is not a PEM PKCS#8 RSA private key");
		}
	}

	static RSAKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return jwk(generator.generateKeyPair());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not generate an RSA key pair", ex);
		}
	}

	private static RSAKey jwk(KeyPair pair) {
		try {
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not compute the key's thumbprint", ex);
		}
	}

}
