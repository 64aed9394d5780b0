package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.infra.spring.RealInfrastructure;
import com.geniusharmony.scheduler.TickTopic;
import com.geniusharmony.support.kafka.TopicNames;
import com.geniusharmony.support.testing.ApiDocument;
import com.geniusharmony.support.testing.PrometheusScrape;
import com.nimbusds.jose.JOSEException;
import io.micrometer.core.instrument.MeterRegistry;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole service on the real servers: the manual trigger for administrators only, the
 * leadership in health but not in readiness, and the scheduler's metrics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "harmony.jwt.hmac-secret=" + TickControllerIntegrationTests.SECRET)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure({ RealInfrastructure.Component.KAFKA, RealInfrastructure.Component.POSTGRES })
class TickControllerIntegrationTests {

	static final String SECRET = "a-test-secret-of-at-least-thirty-two-bytes-long";

	@Autowired
	private WebTestClient web;

	@Autowired
	private TopicNames topicNames;

	@Autowired
	private MeterRegistry meters;

	@Test
	void refusesACallerWithoutToken() {
		this.web.post().uri("/api/ticks/deadline-check").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void refusesACallerWhoIsNotAnAdministrator() {
		this.web.post()
			.uri("/api/ticks/odoo-sync-sweep")
			.headers((headers) -> headers.setBearerAuth(token("user")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void anAdministratorFiresADeadlineCheckNow() throws Exception {
		Instant before = Instant.now();
		TickResponse fired = this.web.post()
			.uri("/api/ticks/deadline-check")
			.headers((headers) -> headers.setBearerAuth(token("admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TickResponse.class)
			.returnResult()
			.getResponseBody();
		assertThat(fired.schedule()).isEqualTo("check_deadline_notifications");
		assertThat(fired.scheduledAt()).isBetween(before, Instant.now());
		List<EventEnvelope> sent = TickTopic.named(this.topicNames.of(Topic.TICKS))
			.readAll()
			.stream()
			.filter((envelope) -> envelope.payload() instanceof DeadlineTick tick
					&& tick.tickId().equals(fired.tickId()))
			.toList();
		assertThat(sent).singleElement()
			.satisfies((envelope) -> assertThat(envelope.aggregateVersion())
				.isEqualTo(fired.scheduledAt().toEpochMilli()));
		// the relay's acknowledgement is counted once it marked the tick sent
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.meters.get("harmony.scheduler.ticks.emitted")
				.tag("schedule", "check_deadline_notifications")
				.tag("trigger", "manual")
				.counter()
				.count() >= 1);
	}

	@Test
	void anAdministratorFiresASyncSweepNowAndGetsItsId() {
		this.web.post()
			.uri("/api/ticks/odoo-sync-sweep")
			.headers((headers) -> headers.setBearerAuth(token("admin")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.tick_id")
			.value(String.class, (id) -> assertThat(UUID.fromString(id)).isNotNull())
			.jsonPath("$.schedule")
			.isEqualTo("batch_sync_odoo_pending")
			.jsonPath("$.scheduled_at")
			.exists();
	}

	@Test
	void theStatusNamesTheLeaderAndTheLastTicksForAdministratorsOnly() {
		this.web.post()
			.uri("/api/ticks/odoo-sync-sweep")
			.headers((headers) -> headers.setBearerAuth(token("admin")))
			.exchange()
			.expectStatus()
			.isOk();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.web.get()
				.uri("/api/scheduler/status")
				.headers((headers) -> headers.setBearerAuth(token("admin")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.replica_leads")
				.isEqualTo(true)
				.jsonPath("$.leader.replica")
				.value(String.class, (leader) -> assertThat(leader).isNotBlank())
				.jsonPath("$.leader.fencing_token")
				.isNumber()
				.jsonPath("$.schedules[?(@.name == 'batch_sync_odoo_pending')].last_manual_at")
				.value(List.class, (manual) -> assertThat(manual).singleElement().isNotNull())
				.jsonPath("$.schedules[?(@.name == 'batch_sync_odoo_pending')].last_sent_at")
				.value(List.class, (sent) -> assertThat(sent).singleElement().isNotNull())
				.jsonPath("$.schedules[?(@.name == 'check_deadline_notifications')]")
				.exists());
		this.web.get()
			.uri("/api/scheduler/status")
			.headers((headers) -> headers.setBearerAuth(token("user")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void describesTheSchedulerApiWithItsJsonNamesInItsDocument() {
		JsonNode document = ApiDocument.served(this.web);
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/schemas/StatusResponse/properties").propertyNames())
			.contains("replica_leads", "schedules")
			.doesNotContain("replicaLeads");
		assertThat(document.at("/paths/~1api~1ticks~1deadline-check/post/responses").propertyNames()).contains("401",
				"403");
	}

	@Test
	void healthShowsThatTheOnlyReplicaLeads() {
		// details are for authenticated callers; the status alone is public
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.web.get()
				.uri("/actuator/health")
				.headers((headers) -> headers.setBearerAuth(token("admin")))
				.exchange()
				.expectBody()
				.jsonPath("$.components.leadership.status")
				.isEqualTo("UP")
				.jsonPath("$.components.leadership.details.leader")
				.isEqualTo(true)
				.jsonPath("$.components.leadership.details.fencing_token")
				.isNumber()
				.jsonPath("$.components.leadership.details.holder")
				.isNotEmpty()
				.jsonPath("$.components.leadership.details.replica")
				.isNotEmpty());
	}

	@Test
	void readinessLeavesLeadershipOut() {
		this.web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectBody()
			.jsonPath("$.components.leadership")
			.doesNotExist();
	}

	@Test
	void prometheusShowsTheSchedulerMetrics() {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String metrics = PrometheusScrape.of(this.web);
			assertThat(metrics).contains("harmony_scheduler_ticks_emitted_total{")
				.contains("schedule=\"batch_sync_odoo_pending\"")
				.contains("harmony_scheduler_tick_last_seconds{")
				.contains("harmony_scheduler_leader{service=\"scheduler-service\"} 1.0")
				.contains("harmony_scheduler_lease_losses_total{");
		});
	}

	private static String token(String role) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("7")
			.claim("username", "operator")
			.claim("roles", List.of(role))
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(SECRET));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
