package com.geniusharmony.support.openapi;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * {@code HARMONY_API_DOCS_ENABLED=false} answers 404 on the OpenAPI document and Swagger
 * UI. A filter, not springdoc's own switch: that one leaves springdoc's beans out, a
 * choice the services' ahead-of-time processed contexts make at build time
 * (docs/adr/0018-start-up-and-memory-of-the-services.md), while this one is read when the
 * service starts.
 */
public final class ApiDocsSwitch implements WebFilter, Ordered {

	/** Where springdoc serves the document and Swagger UI, with its resources. */
	public static final List<String> PATHS = List.of("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
			"/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**");

	private static final List<PathPattern> PATTERNS = PATHS.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private final boolean enabled;

	ApiDocsSwitch(ApiDocsProperties properties) {
		this.enabled = properties.enabled();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!this.enabled && PATTERNS.stream()
			.anyMatch((pattern) -> pattern.matches(exchange.getRequest().getPath().pathWithinApplication()))) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		// before security: a hidden document is as absent for everyone
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
