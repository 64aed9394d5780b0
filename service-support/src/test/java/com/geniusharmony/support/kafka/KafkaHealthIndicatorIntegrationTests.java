package com.geniusharmony.support.kafka;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import com.geniusharmony.infra.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.boot.health.contributor.Status;

class KafkaHealthIndicatorIntegrationTests {

	@Test
	void isUpWhenTheBrokerAnswers() {
		try (Admin admin = admin(Infrastructure.shared().kafka().bootstrapServers())) {
			StepVerifier.create(new KafkaHealthIndicator(admin, Duration.ofSeconds(5)).health())
				.expectNextMatches(
						(health) -> health.getStatus().equals(Status.UP) && health.getDetails().get("nodes").equals(1))
				.verifyComplete();
		}
	}

	@Test
	void isDownWhenNoBrokerListens() throws IOException {
		try (Admin admin = admin("127.0.0.1:" + closedPort())) {
			StepVerifier.create(new KafkaHealthIndicator(admin, Duration.ofSeconds(1)).health())
				.expectNextMatches((health) -> health.getStatus().equals(Status.DOWN))
				.verifyComplete();
		}
	}

	private static Admin admin(String bootstrapServers) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				3000));
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
