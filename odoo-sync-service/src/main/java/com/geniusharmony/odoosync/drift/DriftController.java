package com.geniusharmony.odoosync.drift;

import com.geniusharmony.support.security.CurrentUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sync/drift}: the drift report between core-service and Odoo, for
 * administrators. core-service is read with the caller's own token; 502 when core-service
 * cannot be read, 503 when Odoo cannot.
 */
@RestController
class DriftController {

	private final DriftReporter reporter;

	DriftController(DriftReporter reporter) {
		this.reporter = reporter;
	}

	@GetMapping("/api/sync/drift")
	Mono<DriftResponse> drift(CurrentUser caller, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		caller.requireAdmin("read the drift report");
		return this.reporter.report(authorization);
	}

}
