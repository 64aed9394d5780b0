package com.geniusharmony.notification;

import java.nio.file.Path;

import com.geniusharmony.support.testing.ApiDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's API document, which the frontend's client is generated from: served
 * without a token, with the real JSON names, the same as the one committed in docs/api;
 * and Swagger UI open without a token.
 */
class OpenApiDocumentTests extends NotificationIntegrationTest {

	@Autowired
	private WebTestClient web;

	@Test
	void servesTheApiWithItsRealJsonNamesErrorsAndSecurity() {
		JsonNode document = ApiDocument.served(this.web);
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("status", "detail",
				"errors");
		assertThat(document.at("/components/schemas/NotificationResponse/properties").propertyNames())
			.contains("user_id", "is_read", "created_at")
			.doesNotContain("userId", "isRead");
		// what is always there is required, what may be null is not
		assertThat(document.at("/components/schemas/NotificationResponse/required").values())
			.extracting(JsonNode::asString)
			.contains("id", "is_read", "created_at")
			.doesNotContain("read_at", "task_id");
		assertThat(document.at("/paths/~1api~1notifications~1{id}~1/delete/responses").propertyNames()).contains("204",
				"401", "404");
		JsonNode browserStream = document.at("/paths/~1api~1notifications~1browser-stream~1/get");
		assertThat(browserStream.path("security").isArray() && browserStream.path("security").isEmpty()).isTrue();
	}

	@Test
	void isTheCommittedDocument() {
		ApiDocument.assertMatchesCommitted(this.web, Path.of("../docs/api/notification-service.json"));
	}

	@Test
	void servesSwaggerUiWithoutAToken() {
		this.web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		this.web.get()
			.uri("/webjars/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

}
