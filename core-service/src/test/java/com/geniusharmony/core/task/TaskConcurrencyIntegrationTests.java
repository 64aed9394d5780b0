package com.geniusharmony.core.task;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.geniusharmony.core.CoreIntegrationTest;
import com.geniusharmony.core.TestApi.NewUser;
import com.geniusharmony.core.TestEvents;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.Topic;
import com.geniusharmony.events.task.TaskUpdated;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

class TaskConcurrencyIntegrationTests extends CoreIntegrationTest {

	private static final int UPDATES = 40;

	@LocalServerPort
	private int port;

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Value("${harmony.topic.suffix}")
	private String suffix;

	@Test
	void parallelUpdatesOfOneTaskGetStrictlyIncreasingVersionsPublishedInThatOrder() {
		NewUser owner = this.api.user("racer");
		String task = this.api.task(owner.token(), this.api.project(owner, List.of()), List.of());
		WebClient client = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders((headers) -> headers.setBearerAuth(owner.token()))
			.build();

		List<Map<?, ?>> answers = Flux.range(0, UPDATES)
			.flatMap((i) -> client.patch()
				.uri("/api/tasks/{id}", task)
				.bodyValue(Map.of("title", "title " + i))
				.exchangeToMono((response) -> response.statusCode().is2xxSuccessful()
						? response.bodyToMono(Map.class).map((body) -> (Map<?, ?>) body)
						: response.releaseBody().then(Mono.just(Map.of("http_status", response.statusCode().value())))),
					UPDATES)
			.collectList()
			.block(Duration.ofMinutes(2));

		List<Map<?, ?>> applied = answers.stream().filter((answer) -> answer.containsKey("version")).toList();
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.get("http_status")).isIn(null, 409));
		assertThat(applied).isNotEmpty();
		assertThat(applied).extracting((answer) -> answer.get("version")).doesNotHaveDuplicates();
		Map<?, ?> last = this.api.ok(HttpMethod.GET, "/api/tasks/" + task, owner.token(), null);
		assertThat(last.get("version")).isEqualTo(1 + applied.size());

		List<EventEnvelope> events = TestEvents.awaitEvents(this.bootstrapServers, Topic.TASKS.name(this.suffix), task,
				1 + applied.size());
		assertThat(events).hasSize(1 + applied.size());
		assertThat(events).extracting(EventEnvelope::aggregateVersion).isSorted().doesNotHaveDuplicates();
		// each event carries the title the update with that version wrote
		for (Map<?, ?> answer : applied) {
			long version = ((Number) answer.get("version")).longValue();
			EventEnvelope event = events.get((int) version - 1);
			assertThat(event.aggregateVersion()).isEqualTo(version);
			assertThat(((TaskUpdated) event.payload()).task().title()).isEqualTo(answer.get("title"));
		}
	}

}
