package com.geniusharmony.odoosync.drift;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code GET /api/users}, {@code /api/projects} and {@code /api/tasks} as
 * core-service's README describes them (pages of {@code count}, {@code page},
 * {@code page_size}, {@code results}; {@code page_size} 1 to 100), from entities a test
 * puts in, to callers bearing the token it expects; every other caller gets a 401.
 */
final class CoreServiceStub {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final Map<String, List<Map<String, Object>>> entities = new ConcurrentHashMap<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private volatile String token = "";

	private volatile @Nullable Integer failWith;

	private CoreServiceStub(HttpServer server) {
		this.server = server;
	}

	static CoreServiceStub start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			CoreServiceStub stub = new CoreServiceStub(server);
			server.createContext("/api/", stub::answer);
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the core-service stub", ex);
		}
	}

	void stop() {
		this.server.stop(0);
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * Forgets the entities, the failure and the requests seen, and expects a token.
	 */
	void reset(String token) {
		this.entities.clear();
		this.authorizations.clear();
		this.failWith = null;
		this.token = token;
	}

	void failWith(int status) {
		this.failWith = status;
	}

	void add(String collection, Map<String, Object> entity) {
		this.entities.computeIfAbsent(collection, (name) -> new CopyOnWriteArrayList<>()).add(entity);
	}

	List<String> authorizations() {
		return List.copyOf(this.authorizations);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			this.authorizations.add(String.valueOf(authorization));
			Integer failure = this.failWith;
			if (failure != null) {
				send(exchange, failure, Map.of("status", failure, "title", "Unavailable"));
				return;
			}
			if (!("Bearer " + this.token).equals(authorization)) {
				send(exchange, 401, Map.of("status", 401, "title", "Unauthorized"));
				return;
			}
			URI uri = exchange.getRequestURI();
			String collection = uri.getPath().substring("/api/".length());
			Map<String, String> query = query(uri);
			int page = Integer.parseInt(query.getOrDefault("page", "1"));
			int pageSize = Integer.parseInt(query.getOrDefault("page_size", "20"));
			if (page < 1 || pageSize < 1 || pageSize > 100) {
				send(exchange, 400, Map.of("status", 400, "title", "Invalid request"));
				return;
			}
			List<Map<String, Object>> all = this.entities.getOrDefault(collection, List.of());
			int from = Math.min(all.size(), (page - 1) * pageSize);
			List<Map<String, Object>> results = new ArrayList<>(
					all.subList(from, Math.min(all.size(), from + pageSize)));
			send(exchange, 200, Map.of("count", all.size(), "page", page, "page_size", pageSize, "results", results));
		}
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> query = new HashMap<>();
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				query.put(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		return query;
	}

	private static void send(HttpExchange exchange, int status, Object body) throws IOException {
		byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.set("Content-Type", (status < 400) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
