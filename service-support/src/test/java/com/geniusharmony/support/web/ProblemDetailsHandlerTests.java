package com.geniusharmony.support.web;

import com.geniusharmony.support.security.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;

@WebFluxTest(controllers = SampleController.class,
		properties = { "spring.http.codecs.max-in-memory-size=1KB",
				"spring.jackson.property-naming-strategy=SNAKE_CASE", "harmony.jwt.public-paths=/samples/**" })
@ImportAutoConfiguration({ WebSupportConfiguration.class, SecurityConfiguration.class })
class ProblemDetailsHandlerTests {

	@Autowired
	private WebTestClient web;

	@Test
	void namesEachMissingFieldInSnakeCase() {
		post("{}").expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.instance")
			.isEqualTo("/samples")
			.jsonPath("$.errors[*].field")
			.value(hasItems("display_name", "due_date"));
	}

	@Test
	void namesAFieldOfTheWrongType() {
		post("{\"display_name\":\"x\",\"due_date\":\"next friday\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("due_date")
			.jsonPath("$.errors[0].message")
			.value(containsString("YYYY-MM-DD"));
	}

	@Test
	void listsTheAcceptedValuesOfAnEnum() {
		post("{\"display_name\":\"x\",\"due_date\":\"2026-01-02\",\"status\":\"sleeping\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status")
			.jsonPath("$.errors[0].message")
			.value(containsString("in_progress"));
	}

	@Test
	void namesTheIndexOfABadListElement() {
		post("{\"display_name\":\"x\",\"due_date\":\"2026-01-02\",\"member_ids\":[\"a\",\"b\",\"c\"]}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("member_ids");
	}

	@Test
	void refusesMalformedJson() {
		post("{\"display_name\": ").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid request");
	}

	@Test
	void namesAQueryParameterOfTheWrongType() {
		this.web.get()
			.uri("/samples?page=first")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a valid integer");
	}

	@Test
	void answersTheServicesOwnFieldChecksInTheSameShape() {
		this.web.get()
			.uri("/samples/checked?owner=9")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Invalid request")
			.jsonPath("$.detail")
			.isEqualTo("The request has invalid fields: owner.")
			.jsonPath("$.errors[0].field")
			.isEqualTo("owner")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be an active user");
	}

	@Test
	void refusesACallerWhoIsNoAdministratorWith403SayingWhat() {
		this.web.post()
			.uri("/samples/admin-only")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Forbidden")
			.jsonPath("$.detail")
			.isEqualTo("Only an administrator may archive samples.");
	}

	@Test
	void answersAnUnknownIdWith404() {
		this.web.get()
			.uri("/samples/42")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("No sample with id 42.");
	}

	@Test
	void answersAConflictWith409NamingTheField() {
		this.web.post()
			.uri("/samples/taken")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("display_name");
	}

	@Test
	void refusesABodyOverTheSizeLimitWith413() {
		String name = "x".repeat(4096);
		post("{\"display_name\":\"" + name + "\",\"due_date\":\"2026-01-02\"}").expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Content Too Large")
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void hidesTheInternalsOfAnUnexpectedFailure() {
		String body = this.web.get()
			.uri("/samples/broken")
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).contains("Internal error").doesNotContain("SELECT").doesNotContain("Exception");
	}

	private WebTestClient.ResponseSpec post(String json) {
		return this.web.post().uri("/samples").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
	}

}
