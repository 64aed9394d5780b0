package com.geniusharmony.odooemulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests, speaking to an emulator as any Odoo client would
 * (JSON-RPC, JSON-2).
 */
public final class OdooHttp {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	public OdooHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public static JsonMapper mapper() {
		return mapper;
	}

	/**
	 * Calls {@code object.execute_kw} as admin on database {@code harmony}.
	 * @return the whole JSON-RPC answer
	 */
	public JsonNode executeKw(String model, String method, List<?> args, Map<String, ?> kwargs) {
		return jsonRpc("object", "execute_kw", List.of("harmony", 2, "admin", model, method, args, kwargs));
	}

	/**
	 * Calls {@code object.execute_kw} as admin and returns the result, failing on an
	 * error.
	 */
	public JsonNode result(String model, String method, List<?> args, Map<String, ?> kwargs) {
		JsonNode answer = executeKw(model, method, args, kwargs);
		if (!answer.has("result")) {
			throw new AssertionError("Expected a result, got " + answer);
		}
		return answer.get("result");
	}

	/**
	 * Calls a JSON-RPC service method.
	 * @return the whole JSON-RPC answer
	 */
	public JsonNode jsonRpc(String service, String method, List<?> args) {
		Map<String, Object> body = Map.of("jsonrpc", "2.0", "method", "call", "id", 1, "params",
				Map.of("service", service, "method", method, "args", args));
		return mapper.readTree(post("/jsonrpc", mapper.writeValueAsString(body)).body());
	}

	/**
	 * POSTs a body with {@code Content-Type: application/json} and more headers (name,
	 * value, ...).
	 */
	public HttpResponse<String> post(String path, String body, String... headers) {
		return send(request(path, body, headers).build());
	}

	public HttpRequest.Builder request(String path, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().build());
	}

	public HttpClient client() {
		return this.http;
	}

	public static JsonNode json(String text) {
		return mapper.readTree(text);
	}

}
