package com.geniusharmony.core.auth;

import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyTests {

	@Test
	void readsAPemPrivateKeyAndDerivesItsPublicHalf() throws Exception {
		RSAKey generated = SigningKey.generate();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generated.toPrivateKey().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		RSAKey read = SigningKey.fromPem(pem);
		assertThat(read.toRSAPublicKey()).isEqualTo(generated.toRSAPublicKey());
		assertThat(read.getKeyID()).isEqualTo(generated.getKeyID());
	}

	@Test
	void refusesSomethingElseWithoutQuotingIt() {
		assertThatIllegalStateException().isThrownBy(() -> SigningKey.fromPem("secret-looking-garbage"))
			.withMessageNotContaining("secret-looking-garbage");
	}

}
