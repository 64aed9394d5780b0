package com.geniusharmony.support.security;

import reactor.core.publisher.Mono;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that show who the caller is, one of them for admins only.
 */
@RestController
class SecuredController {

	@GetMapping("/me")
	Mono<CurrentUser> me(CurrentUser caller) {
		return Mono.just(caller);
	}

	@GetMapping("/admin-only")
	Mono<String> adminOnly(CurrentUser caller) {
		if (!caller.isAdmin()) {
			return Mono.error(new AccessDeniedException("not an admin"));
		}
		return Mono.just("ok");
	}

	@GetMapping("/open/ping")
	Mono<String> ping() {
		return Mono.just("pong");
	}

}
