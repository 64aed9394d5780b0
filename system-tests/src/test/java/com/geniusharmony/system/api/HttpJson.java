package com.geniusharmony.system.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Sends JSON requests and reads JSON answers, with an optional bearer token.
 */
public final class HttpJson {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private HttpJson() {
	}

	public static Response get(URI uri, @Nullable String token) {
		return send(request(uri, token).GET());
	}

	public static Response post(URI uri, @Nullable String token, @Nullable Object body) {
		return send(request(uri, token).POST(body(body)));
	}

	public static Response patch(URI uri, @Nullable String token, Object body) {
		return send(request(uri, token).method("PATCH", body(body)));
	}

	public static Response delete(URI uri, @Nullable String token) {
		return send(request(uri, token).DELETE());
	}

	/**
	 * Sends a body as it is, for requests a well-behaved client would not make.
	 * @param method the HTTP method
	 * @param uri the address
	 * @param token the bearer token, or {@code null}
	 * @param rawBody the body, sent as {@code application/json}
	 * @return the answer
	 */
	public static Response raw(String method, URI uri, @Nullable String token, String rawBody) {
		return send(request(uri, token).method(method, HttpRequest.BodyPublishers.ofString(rawBody)));
	}

	private static HttpRequest.Builder request(URI uri, @Nullable String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static HttpRequest.BodyPublisher body(@Nullable Object body) {
		return (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
				: HttpRequest.BodyPublishers.noBody();
	}

	private static Response send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			String text = response.body();
			JsonNode body = (text == null || text.isBlank()) ? NullNode.getInstance() : JSON.readTree(text);
			return new Response(response.statusCode(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An answer: its status and its JSON body ({@code null} node when empty).
	 *
	 * @param status the HTTP status
	 * @param body the body
	 */
	public record Response(int status, JsonNode body) {

		/**
		 * The body, after checking the status.
		 * @param expected the status the call should have answered
		 * @return the body
		 */
		public JsonNode expect(int expected) {
			if (this.status != expected) {
				throw new AssertionError("Expected HTTP " + expected + " but got " + this.status + ": " + this.body);
			}
			return this.body;
		}

	}

}
