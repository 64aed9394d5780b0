package com.geniusharmony.odoosync.odoo;

import java.time.Duration;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a call fails with the expected kind and that nothing in the failure, causes
 * included, shows the password or API key.
 */
final class OdooFailureAssertions {

	private OdooFailureAssertions() {
	}

	static OdooException failsWith(Mono<?> call, OdooErrorKind kind) {
		OdooException[] failure = new OdooException[1];
		StepVerifier.create(call).expectErrorSatisfies((error) -> {
			assertThat(error).isInstanceOf(OdooException.class);
			failure[0] = (OdooException) error;
		}).verify(Duration.ofSeconds(30));
		assertThat(failure[0].kind()).as(failure[0].getMessage()).isEqualTo(kind);
		assertNoSecret(failure[0]);
		return failure[0];
	}

	static void assertNoSecret(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			assertThat(String.valueOf(cause.getMessage())).doesNotContain(TestOdoo.PASSWORD)
				.doesNotContain(TestOdoo.API_KEY);
			assertThat(cause.toString()).doesNotContain(TestOdoo.PASSWORD).doesNotContain(TestOdoo.API_KEY);
		}
	}

}
