package com.geniusharmony.core;

import java.nio.file.Path;

import com.geniusharmony.support.testing.ApiDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API document the frontend's client is generated from: served without a token with
 * the JSON names the API takes, and the same as the one committed in docs/api.
 */
class OpenApiDocumentTests extends CoreIntegrationTest {

	@Test
	void servesTheApiWithItsRealJsonNamesErrorsAndSecurity() {
		JsonNode document = ApiDocument.served(this.web);
		assertThat(document.path("openapi").asString()).startsWith("3.1");
		assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("status", "detail",
				"errors");
		JsonNode taskRequest = document.at("/components/schemas")
			.properties()
			.stream()
			.filter((schema) -> schema.getKey().startsWith("CreateTask"))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(taskRequest.path("properties").propertyNames()).contains("project_id", "assignee_ids")
			.doesNotContain("projectId", "assigneeIds");
		JsonNode token = document.at("/paths/~1api~1auth~1token/post");
		assertThat(token.path("security").isArray() && token.path("security").isEmpty()).isTrue();
		assertThat(document.at("/components/schemas/TokenResponse/properties").propertyNames()).contains("access_token",
				"refresh_token");
		assertThat(document.at("/paths/~1api~1tasks~1{id}/get/responses").propertyNames()).contains("200", "401",
				"404");
		assertThat(document.at("/paths/~1api~1tasks~1{id}/get/responses/404/content").propertyNames())
			.containsExactly("application/problem+json");
		assertThat(document.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
	}

	@Test
	void isTheCommittedDocument() {
		ApiDocument.assertMatchesCommitted(this.web, Path.of("../docs/api/core-service.json"));
	}

}
