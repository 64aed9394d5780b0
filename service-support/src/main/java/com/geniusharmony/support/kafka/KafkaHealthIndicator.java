package com.geniusharmony.support.kafka;

import java.time.Duration;
import java.util.Collection;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports the broker reachable when it answers a cluster description within the timeout.
 * Spring Boot has no Kafka health indicator of its own; readiness of every service
 * includes this one.
 */
class KafkaHealthIndicator extends AbstractReactiveHealthIndicator {

	private final Admin admin;

	private final Duration timeout;

	KafkaHealthIndicator(Admin admin, Duration timeout) {
		super("Kafka health check failed");
		this.admin = admin;
		this.timeout = timeout;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		DescribeClusterResult cluster = this.admin
			.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		Mono<String> clusterId = Mono.fromFuture(cluster.clusterId().toCompletionStage().toCompletableFuture());
		Mono<Integer> nodes = Mono.fromFuture(cluster.nodes().toCompletionStage().toCompletableFuture())
			.map(Collection::size);
		return Mono.zip(clusterId, nodes)
			.timeout(this.timeout.plusSeconds(1))
			.map((info) -> builder.up()
				.withDetail("clusterId", info.getT1())
				.withDetail("nodes", info.getT2())
				.build());
	}

}
