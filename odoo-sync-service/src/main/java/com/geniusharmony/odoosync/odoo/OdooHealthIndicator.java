package com.geniusharmony.odoosync.odoo;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * The {@code odoo} health component. Up when Odoo is not configured (the service runs and
 * keeps changes pending), with the reason; down while the circuit is open (Odoo found
 * unavailable); with where Odoo is, never the credentials. It sends no request: health
 * checks must not spend Odoo's request budget. Readiness leaves it out, since the service
 * keeps its changes pending while Odoo is away.
 */
final class OdooHealthIndicator implements ReactiveHealthIndicator {

	private final OdooProperties properties;

	private final OdooCircuit circuit;

	OdooHealthIndicator(OdooProperties properties, OdooCircuit circuit) {
		this.properties = properties;
		this.circuit = circuit;
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
		String state = this.circuit.state();
		Health.Builder health = state.equals("open")
				? Health.down().withDetail("status", "Odoo unreachable: circuit open; changes stay pending")
				: Health.up().withDetail("status", "configured");
		return Mono.just(health.withDetail("circuit", state)
			.withDetail("url", this.properties.baseUrl())
			.withDetail("protocol", this.properties.protocol().toString())
			.withDetail("database", this.properties.db())
			.build());
	}

}
