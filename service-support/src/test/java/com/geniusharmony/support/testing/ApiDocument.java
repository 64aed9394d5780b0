package com.geniusharmony.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document as it serves it, and the copy committed in docs/api that
 * the frontend generates its client from: the two must not drift. After a deliberate API
 * change, {@code -Dharmony.openapi.update=true} writes the served document over the copy,
 * for the change to be reviewed in the diff.
 */
public final class ApiDocument {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private ApiDocument() {
	}

	/**
	 * The document the service serves at {@code /v3/api-docs}, without a token.
	 * @param web the test client of the service
	 * @return the document
	 */
	public static JsonNode served(WebTestClient web) {
		return JSON.readTree(LargeBodies.get(web, "/v3/api-docs"));
	}

	/**
	 * Checks that the served document is the committed one.
	 * @param web the test client of the service
	 * @param committed the committed copy, such as {@code ../docs/api/core-service.json}
	 */
	public static void assertMatchesCommitted(WebTestClient web, Path committed) {
		String served = JSON.writeValueAsString(JSON.treeToValue(served(web), Object.class)) + "\n";
		try {
			if (Boolean.getBoolean("harmony.openapi.update")) {
				Files.writeString(committed, served, StandardCharsets.UTF_8);
			}
			assertThat(committed).as("the committed API document (-Dharmony.openapi.update=true rewrites it)").exists();
			assertThat(served)
				.as("the served document, against " + committed
						+ " (after a deliberate API change: -Dharmony.openapi.update=true)")
				.isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
