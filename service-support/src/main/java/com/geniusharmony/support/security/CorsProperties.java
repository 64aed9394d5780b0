package com.geniusharmony.support.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which browser pages of other origins may call the API (cross-origin resource sharing).
 * None by default: a deployment names the origins of its frontend and operators' console.
 *
 * @param allowedOrigins origins such as {@code https://app.example.com}
 * ({@code HARMONY_CORS_ALLOWED_ORIGINS}, comma-separated)
 * @param maxAge how long a browser may keep a preflight's answer
 * ({@code HARMONY_CORS_MAX_AGE})
 */
@Validated
@ConfigurationProperties("harmony.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {

	/**
	 * What a page may send: its bearer token, JSON, and where a resumed stream stopped.
	 */
	static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "Accept", "Last-Event-ID");

	static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	/** What a page may read of an answer besides the simple headers. */
	static final List<String> EXPOSED_HEADERS = List.of("Location", "Retry-After", "WWW-Authenticate");

}
