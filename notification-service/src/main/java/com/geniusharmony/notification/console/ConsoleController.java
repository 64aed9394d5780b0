package com.geniusharmony.notification.console;

import java.net.URI;

import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Mono;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the console's page at {@code /console/} and tells it where the services are.
 * Both are open without a token: the page holds no data, and every call it makes carries
 * the administrator's token. A page, not the API: left out of the API document.
 */
@Hidden
@RestController
class ConsoleController {

	private static final Resource PAGE = new ClassPathResource("static/console/index.html");

	private final ConsoleProperties properties;

	ConsoleController(ConsoleProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/console")
	ResponseEntity<Void> toTheConsole() {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/console/")).build();
	}

	@GetMapping(path = "/console/", produces = MediaType.TEXT_HTML_VALUE)
	Mono<Resource> page() {
		return Mono.just(PAGE);
	}

	@GetMapping("/console/config.json")
	ResponseEntity<ConsoleConfig> config() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new ConsoleConfig(strip(this.properties.coreUrl()), strip(this.properties.syncUrl()),
					strip(this.properties.schedulerUrl())));
	}

	private static String strip(URI url) {
		String text = url.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * The services' addresses, without a trailing slash; the notifications are this
	 * service's own.
	 *
	 * @param coreUrl core-service
	 * @param syncUrl odoo-sync-service
	 * @param schedulerUrl scheduler-service
	 */
	record ConsoleConfig(String coreUrl, String syncUrl, String schedulerUrl) {

	}

}
