package com.geniusharmony.support.security;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a missing or bad token (401, with {@code WWW-Authenticate: Bearer}) and a token
 * without the right role (403) as problem details, like every other error of the API. The
 * reason a token was refused is not told, so that nobody can probe the validation.
 */
final class ProblemAuthenticationHandlers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemAuthenticationHandlers() {
	}

	static ServerAuthenticationEntryPoint unauthorized() {
		return (exchange, ex) -> {
			exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return write(exchange, HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer access token is required.");
		};
	}

	static ServerAccessDeniedHandler forbidden() {
		return (exchange, ex) -> write(exchange, HttpStatus.FORBIDDEN, "Forbidden",
				"Your access token does not allow this.");
	}

	private static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", exchange.getRequest().getPath().value());
		return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(problem))));
	}

}
