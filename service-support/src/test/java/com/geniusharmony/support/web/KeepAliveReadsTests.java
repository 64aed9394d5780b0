package com.geniusharmony.support.web;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One keep-alive connection answers every request of a run that alternates an answer
 * written from another thread (as a database reply is) with a refusal thrown by the
 * controller method itself. Before {@link KeepAliveReads}, the connection stopped reading
 * after such a refusal now and then, within the first thousand requests or so, and the
 * next request was never answered.
 */
@SpringBootTest(classes = KeepAliveReadsTests.KeepAliveApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "harmony.jwt.public-paths=/keep-alive/**",
				"management.endpoint.health.validate-group-membership=false" })
class KeepAliveReadsTests {

	private static final int PAIRS = 1500;

	/** Far longer than any answer here takes: a request waiting this long is not read. */
	private static final Duration UNANSWERED = Duration.ofSeconds(5);

	private final ConnectionProvider oneConnection = ConnectionProvider.builder("keep-alive-reads")
		.maxConnections(1)
		.build();

	@LocalServerPort
	private int port;

	@AfterEach
	void closeConnection() {
		this.oneConnection.dispose();
	}

	@Test
	void answersEveryRequestOfARunOfRefusalsOnOneConnection() {
		HttpClient client = HttpClient.create(this.oneConnection).baseUrl("http://127.0.0.1:" + this.port);
		for (int i = 0; i < PAIRS; i++) {
			assertThat(status(client, "/keep-alive/entities/" + i)).as("answer %d from another thread", i)
				.isEqualTo("200");
			assertThat(status(client, "/keep-alive/kinds/invoice")).as("refusal %d", i).isEqualTo("400");
		}
	}

	private String status(HttpClient client, String path) {
		return client.get()
			.uri(path)
			.responseSingle((response, body) -> body.asString()
				.defaultIfEmpty("")
				.map((ignored) -> String.valueOf(response.status().code())))
			.timeout(UNANSWERED)
			.onErrorResume((ex) -> Mono.just(path + " not answered: " + ex))
			.block();
	}

	// not a @SpringBootConfiguration: the slice tests of this package look for theirs
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration(excludeName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
			"com.geniusharmony.support.kafka.KafkaSupportConfiguration" })
	@Import(KeepAliveController.class)
	static class KeepAliveApplication {

	}

	@RestController
	static class KeepAliveController {

		@GetMapping("/keep-alive/entities/{id}")
		Mono<String> entity(@PathVariable String id) {
			return Mono.fromCallable(() -> id).publishOn(Schedulers.parallel());
		}

		@GetMapping("/keep-alive/kinds/{kind}")
		Mono<String> kind(@PathVariable String kind) {
			throw new InvalidFieldsException("kind", "must be one of [user, project, task]");
		}

	}

}
