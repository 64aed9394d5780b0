package com.geniusharmony.odoosync.drift;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CoreServiceReaderTests {

	private static final CoreServiceStub CORE = CoreServiceStub.start();

	private final CoreServiceReader reader = new CoreServiceReader(
			new CoreServiceProperties(URI.create(CORE.url()), Duration.ofSeconds(10)));

	@BeforeEach
	void reset() {
		CORE.reset("secret-token");
	}

	@AfterAll
	static void stop() {
		CORE.stop();
	}

	@Test
	void readsEveryPageWithTheCallersToken() {
		for (int id = 1; id <= 250; id++) {
			CORE.add("tasks", entity(id));
		}
		CORE.add("users", entity(1));
		StepVerifier.create(this.reader.read("Bearer secret-token")).assertNext((snapshot) -> {
			assertThat(snapshot.users()).hasSize(1);
			assertThat(snapshot.projects()).isEmpty();
			assertThat(snapshot.tasks()).hasSize(250)
				.extracting((task) -> task.path("id").asString())
				.doesNotHaveDuplicates();
		}).verifyComplete();
		assertThat(CORE.authorizations()).hasSize(5).containsOnly("Bearer secret-token");
	}

	@Test
	void failsNamingCoreServiceWhenItRefusesTheTokenOrFails() {
		StepVerifier.create(this.reader.read("Bearer other-token"))
			.verifyErrorSatisfies((failure) -> assertThat(failure).isInstanceOf(DriftSourceException.class)
				.hasMessageContaining("core-service refused the caller's token on /api/users (HTTP 401)"));
		CORE.failWith(500);
		StepVerifier.create(this.reader.read("Bearer secret-token"))
			.verifyErrorSatisfies((failure) -> assertThat(((DriftSourceException) failure).getBody().getDetail())
				.isEqualTo("core-service answered HTTP 500 on /api/users."));
	}

	@Test
	void failsNamingCoreServiceWhenItCannotBeReached() {
		CoreServiceReader unreachable = new CoreServiceReader(
				new CoreServiceProperties(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(5)));
		StepVerifier.create(unreachable.read("Bearer secret-token"))
			.verifyErrorSatisfies((failure) -> assertThat(((DriftSourceException) failure).getBody().getDetail())
				.isEqualTo("core-service at http://127.0.0.1:1 could not be reached (/api/users)."));
	}

	private static Map<String, Object> entity(int id) {
		Map<String, Object> entity = new LinkedHashMap<>();
		entity.put("id", Integer.toString(id));
		entity.put("version", 1);
		return entity;
	}

}
