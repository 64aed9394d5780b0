package com.geniusharmony.support.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.geniusharmony.events.Topic;
import com.geniusharmony.infra.spring.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service shows once started against the real servers: ready with each of its
 * dependencies up, alive, and Prometheus metrics tagged with its name. Each service's
 * start-up test extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@RealInfrastructure
public abstract class ServiceStartupContract {

	@Autowired
	private WebTestClient web;

	@Autowired
	private Admin kafkaHealthAdmin;

	@Value("${harmony.topic.suffix}")
	private String topicSuffix;

	/**
	 * The {@code spring.application.name}, as it appears in the {@code service} tag of
	 * the metrics.
	 */
	protected abstract String serviceName();

	/**
	 * The health components readiness must include, e.g. {@code r2dbc}, {@code kafka},
	 * {@code redis}.
	 */
	protected abstract List<String> readinessDependencies();

	@Test
	void readinessIsUpWithEachDependencyChecked() {
		WebTestClient.BodyContentSpec body = this.web.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		for (String dependency : readinessDependencies()) {
			body.jsonPath("$.components." + dependency + ".status").isEqualTo("UP");
		}
	}

	@Test
	void healthTellsEachDependencysStatusButNotItsDetailsWithoutAToken() {
		this.web.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.components.kafka.status")
			.isEqualTo("UP")
			.jsonPath("$.components.kafka.details")
			.doesNotExist();
	}

	@Test
	void livenessIsUp() {
		this.web.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreTaggedWithTheServiceName() {
		String metrics = PrometheusScrape.of(this.web);
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("service=\"" + serviceName() + "\"");
	}

	@Test
	void everyTopicAndItsDeadLetterTopicExistOnTheBroker() throws Exception {
		Set<String> topics = this.kafkaHealthAdmin.listTopics().names().get();
		List<String> expected = Arrays.stream(Topic.values())
			.flatMap((topic) -> Stream.of(topic.name(this.topicSuffix), topic.deadLetterName(this.topicSuffix)))
			.toList();
		assertThat(topics).containsAll(expected);
	}

}
