package com.geniusharmony.core.auth;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with bcrypt (a salted, deliberately slow hash), off the
 * event loop since each hash costs tens of milliseconds of CPU.
 */
@Component
public class PasswordHasher {

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B,
			10);

	// Checked against when the username is unknown, so that an unknown user takes as long
	// as a wrong password.
	private final String decoy = this.encoder.encode("decoy password, never valid");

	/**
	 * Hashes a password.
	 * @param password the clear password
	 * @return the hash, with its salt and cost
	 */
	public Mono<String> hash(String password) {
		return Mono.fromCallable(() -> this.encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Checks a password against a hash.
	 * @param password the clear password
	 * @param hash the stored hash, or {@code null} for an unknown user (the answer is
	 * then false)
	 * @return whether they match
	 */
	public Mono<Boolean> matches(String password, @Nullable String hash) {
		return Mono
			.fromCallable(() -> this.encoder.matches(password, (hash != null) ? hash : this.decoy) && hash != null)
			.subscribeOn(Schedulers.boundedElastic());
	}

}
