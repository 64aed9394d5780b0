package com.geniusharmony.core.user;

import com.geniusharmony.core.auth.PasswordHasher;
import com.geniusharmony.support.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator account at start-up unless a user of that name exists.
 * Replicas starting together race on the unique username; the losers find the account
 * made.
 */
@Component
class AdminAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

	private final AdminProperties properties;

	private final UserRepository users;

	private final UserService service;

	private final PasswordHasher passwords;

	AdminAccount(AdminProperties properties, UserRepository users, UserService service, PasswordHasher passwords) {
		this.properties = properties;
		this.users = users;
		this.service = service;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = this.properties.username();
		String password = this.properties.password();
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			log.info("HARMONY_ADMIN_USERNAME and HARMONY_ADMIN_PASSWORD are not both set: no administrator created");
			return;
		}
		this.users.findByUsername(username)
			.map((existing) -> false)
			.switchIfEmpty(Mono.defer(() -> this.passwords.hash(password))
				.flatMap((hash) -> this.service.create(new User(0, username, "", "", "", hash, true, true, 1)))
				.map((created) -> {
					log.info("Created administrator {} (user {})", username, created.id());
					return true;
				}))
			.onErrorResume(DataIntegrityViolationException.class, (ex) -> Mono.just(false))
			.onErrorResume(ConflictException.class, (ex) -> Mono.just(false))
			.block();
	}

}
