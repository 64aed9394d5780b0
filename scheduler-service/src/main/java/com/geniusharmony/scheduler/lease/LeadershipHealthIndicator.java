package com.geniusharmony.scheduler.lease;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * Tells whether this replica leads, and which replica holds the lease with which fencing
 * token. Always up: a follower is as healthy (and as ready) as the leader, and the
 * database's own health is reported by {@code r2dbc}.
 */
class LeadershipHealthIndicator implements ReactiveHealthIndicator {

	private static final Duration TIMEOUT = Duration.ofSeconds(3);

	private final Lease lease;

	LeadershipHealthIndicator(Lease lease) {
		this.lease = lease;
	}

	@Override
	public Mono<Health> health() {
		Health.Builder health = Health.up()
			.withDetail("leader", this.lease.isLeader())
			.withDetail("replica", this.lease.holder());
		return this.lease.currentHolder()
			.timeout(TIMEOUT)
			.map((holder) -> health.withDetail("holder", holder.holder()).withDetail("fencing_token", holder.token()))
			.defaultIfEmpty(health.withDetail("holder", "none"))
			.onErrorResume((ex) -> Mono.just(health.withDetail("holder", "unknown")))
			.map(Health.Builder::build);
	}

}
