package com.geniusharmony.odoosync.odoo;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * The {@code odoo} health component. Up when Odoo is not configured (the service runs and
 * keeps changes pending), with the reason; otherwise where Odoo is, without credentials.
 * It sends no request: health checks must not spend Odoo's request budget.
 */
final class OdooHealthIndicator implements ReactiveHealthIndicator {

	private final OdooProperties properties;

	OdooHealthIndicator(OdooProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Health> health() {
		String reason = this.properties.notConfiguredReason();
		if (reason != null) {
			return Mono.just(Health.up()
				.withDetail("status", "Odoo not configured")
				.withDetail("reason", reason)
				.withDetail("missing", this.properties.enabled() ? this.properties.missing() : List.of())
				.build());
		}
		return Mono.just(Health.up()
			.withDetail("status", "configured")
			.withDetail("url", this.properties.baseUrl())
			.withDetail("protocol", this.properties.protocol().toString())
			.withDetail("database", this.properties.db())
			.build());
	}

}
