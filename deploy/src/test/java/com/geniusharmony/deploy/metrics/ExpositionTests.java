package com.geniusharmony.deploy.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpositionTests {

	@Test
	void namesEverySampleLineButNoComment() {
		String exposition = """
				# HELP harmony_outbox_published_total Events published
				# TYPE harmony_outbox_published_total counter
				harmony_outbox_published_total{service="core-service"} 0.0
				# TYPE harmony_outbox_publish_latency_seconds histogram
				harmony_outbox_publish_latency_seconds_bucket{le="0.001",service="core-service"} 0
				harmony_outbox_publish_latency_seconds_count{service="core-service"} 0
				process_uptime_seconds 12.5
				""";
		assertThat(Exposition.seriesNames(exposition)).containsExactly("harmony_outbox_publish_latency_seconds_bucket",
				"harmony_outbox_publish_latency_seconds_count", "harmony_outbox_published_total",
				"process_uptime_seconds");
	}

}
