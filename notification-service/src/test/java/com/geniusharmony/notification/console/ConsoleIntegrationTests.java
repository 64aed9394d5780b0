package com.geniusharmony.notification.console;

import com.geniusharmony.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's page, script and settings are served without a token (they hold no data);
 * what the page shows comes from APIs that want an administrator's token.
 */
class ConsoleIntegrationTests extends NotificationIntegrationTest {

	@Autowired
	private WebTestClient web;

	@Test
	void servesThePageWithoutAToken() {
		this.web.get()
			.uri("/console")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.MOVED_PERMANENTLY)
			.expectHeader()
			.location("/console/");
		String page = this.web.get()
			.uri("/console/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("operators' console").contains("src=\"/console/console.js\"");
		this.web.get()
			.uri("/console/console.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CONTENT_TYPE, (type) -> assertThat(type).contains("javascript"));
		this.web.get().uri("/console/console.css").exchange().expectStatus().isOk();
	}

	@Test
	void tellsThePageWhereTheOtherServicesAnswer() {
		this.web.get()
			.uri("/console/config.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(CacheControl.noStore())
			.expectBody()
			.jsonPath("$.core_url")
			.isEqualTo("http://localhost:8081")
			.jsonPath("$.sync_url")
			.isEqualTo("http://localhost:8082")
			.jsonPath("$.scheduler_url")
			.isEqualTo("http://localhost:8084");
	}

	@Test
	void opensNothingElseWithoutAToken() {
		this.web.get().uri("/api/admin/notifications/").exchange().expectStatus().isUnauthorized();
		this.web.get().uri("/consoles").exchange().expectStatus().isUnauthorized();
	}

}
