package com.geniusharmony.support.openapi;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApiDocsSwitchTests {

	@ParameterizedTest
	@ValueSource(strings = { "/v3/api-docs", "/v3/api-docs/swagger-config", "/v3/api-docs.yaml", "/swagger-ui.html",
			"/swagger-ui/index.html", "/webjars/swagger-ui/index.html" })
	void hiddenDocumentsAreNotFound(String path) {
		AtomicBoolean passedOn = new AtomicBoolean();
		Mono<Void> filtered = filter(false, path, passedOn);

		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> filtered.block(Duration.ofSeconds(5)))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThat(passedOn).isFalse();
	}

	@Test
	void otherPathsPassWhenTheDocumentsAreHidden() {
		assertThat(passesOn(false, "/api/notifications/")).isTrue();
		assertThat(passesOn(false, "/actuator/health")).isTrue();
	}

	@Test
	void shownDocumentsPass() {
		assertThat(passesOn(true, "/v3/api-docs")).isTrue();
		assertThat(passesOn(true, "/swagger-ui.html")).isTrue();
	}

	private static boolean passesOn(boolean enabled, String path) {
		AtomicBoolean passedOn = new AtomicBoolean();
		filter(enabled, path, passedOn).block(Duration.ofSeconds(5));
		return passedOn.get();
	}

	private static Mono<Void> filter(boolean enabled, String path, AtomicBoolean passedOn) {
		return new ApiDocsSwitch(new ApiDocsProperties(enabled))
			.filter(MockServerWebExchange.from(MockServerHttpRequest.get(path)), (exchange) -> {
				passedOn.set(true);
				return Mono.empty();
			});
	}

}
