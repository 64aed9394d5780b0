package com.geniusharmony.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The signing key, and the decoder that checks this service's own tokens with its public
 * half (the other services fetch it from the JWKS).
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

	@Bean
	RSAKey tokenSigningKey(AuthProperties properties) {
		if (properties.privateKey() != null && !properties.privateKey().isBlank()) {
			return SigningKey.fromPem(properties.privateKey());
		}
		log.warn("HARMONY_JWT_PRIVATE_KEY is not set: signing tokens with a key generated at start-up; tokens will"
				+ " not survive a restart and other replicas will not accept them");
		return SigningKey.generate();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(RSAKey tokenSigningKey, AuthProperties properties) throws JOSEException {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(tokenSigningKey.toRSAPublicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
		return decoder;
	}

}
