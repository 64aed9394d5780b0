package com.geniusharmony.notification.stream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.geniusharmony.notification.EventStream;
import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestTokens;
import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.support.security.OpaqueTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream a browser's {@code EventSource} opens: a ticket asked for with the access
 * token, used once in the URL, never written to the logs; the stream lives as long as
 * that token, and says so before it closes.
 */
@ExtendWith(OutputCaptureExtension.class)
class StreamTicketIntegrationTests extends NotificationIntegrationTest {

	@LocalServerPort
	private int port;

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private Environment environment;

	@Test
	void aBrowserOpensItsStreamWithATicketUsedOnce(CapturedOutput output) {
		String user = TestTokens.newUserId();
		Map<String, Object> ticket = ticket(TestTokens.forUser(user));
		assertThat(ticket.get("expires_in")).isEqualTo(30);
		String url = (String) ticket.get("stream_url");
		assertThat(url).isEqualTo("/api/notifications/browser-stream/?ticket=" + ticket.get("ticket"));

		try (EventStream stream = EventStream.openUrl(this.port, url)) {
			NotificationStreamIntegrationTests.assertUnreadCount(stream.next(), 0);
			create(user, "live");
			NotificationStreamIntegrationTests.assertNotification(stream.next(), "live", 1);
		}
		refused(url);
		assertThat(output.getAll()).doesNotContain((String) ticket.get("ticket"));
	}

	@Test
	void resumesAfterTheLastEventIdGivenInTheUrl() {
		String user = TestTokens.newUserId();
		String token = TestTokens.forUser(user);
		String seen;
		try (EventStream stream = EventStream.openUrl(this.port, (String) ticket(token).get("stream_url"))) {
			stream.next();
			create(user, "seen");
			seen = stream.next().id();
		}
		create(user, "missed");
		String resumed = ticket(token).get("stream_url") + "&last_event_id=" + seen;
		try (EventStream stream = EventStream.openUrl(this.port, resumed)) {
			NotificationStreamIntegrationTests.assertUnreadCount(stream.next(), 2);
			NotificationStreamIntegrationTests.assertNotification(stream.next(), "missed", 2);
		}
	}

	@Test
	void refusesAnUnknownOrExpiredTicketOneOfAnExpiredTokenAndATicketRequestWithoutToken() throws Exception {
		refused("/api/notifications/browser-stream/?ticket=" + OpaqueTokens.generate());
		this.client.get().uri("/api/notifications/browser-stream/").exchange().expectStatus().isBadRequest();
		this.client.post().uri("/api/notifications/stream-tickets/").exchange().expectStatus().isUnauthorized();
		// a ticket past its time, and one whose token has expired meanwhile
		for (String column : List.of("expires_at", "authorized_until")) {
			Map<String, Object> ticket = ticket(TestTokens.forUser(TestTokens.newUserId()));
			try (Connection connection = NotificationStreamIntegrationTests.jdbc(this.environment);
					PreparedStatement expire = connection.prepareStatement("update stream_ticket set " + column
							+ " = now() - interval '1 second' where ticket_hash = ?")) {
				expire.setString(1, OpaqueTokens.hash((String) ticket.get("ticket")));
				assertThat(expire.executeUpdate()).isEqualTo(1);
			}
			refused((String) ticket.get("stream_url"));
		}
	}

	@Test
	void aTicketStreamSaysWhenItsTokenEndsThenCloses() {
		String user = TestTokens.newUserId();
		String shortToken = TestTokens.sign(TestTokens.claims(user, TestTokens.ISSUER, Instant.now().plusSeconds(3)),
				TestTokens.SECRET);
		try (EventStream stream = EventStream.openUrl(this.port, (String) ticket(shortToken).get("stream_url"))) {
			assertEndsWithItsToken(stream.untilEnd());
		}
	}

	@Test
	void aTokenStreamSaysWhenItsTokenEndsThenCloses() {
		String user = TestTokens.newUserId();
		String shortToken = TestTokens.sign(TestTokens.claims(user, TestTokens.ISSUER, Instant.now().plusSeconds(3)),
				TestTokens.SECRET);
		try (EventStream stream = EventStream.open(this.port, shortToken, null)) {
			assertEndsWithItsToken(stream.untilEnd());
		}
	}

	/**
	 * Notice first (the token has less than the notice left), the end last, no id on
	 * either.
	 */
	private static void assertEndsWithItsToken(List<ServerSentEvent<Map<String, Object>>> events) {
		List<String> names = events.stream().map(ServerSentEvent::event).toList();
		assertThat(names).contains("unread_count", "token_expiring").endsWith("token_expired");
		assertThat(names.indexOf("token_expiring")).isLessThan(names.indexOf("token_expired"));
		ServerSentEvent<Map<String, Object>> expired = events.get(events.size() - 1);
		assertThat(expired.id()).isNull();
		assertThat(expired.data()).containsKeys("expires_at", "action");
	}

	private Map<String, Object> ticket(String token) {
		return this.client.post()
			.uri("/api/notifications/stream-tickets/")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private void refused(String url) {
		this.client.get()
			.uri(url)
			.accept(MediaType.TEXT_EVENT_STREAM, MediaType.APPLICATION_PROBLEM_JSON)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.value((body) -> assertThat(body).contains("used already")
				.doesNotContain(url.substring(url.indexOf('=') + 1)));
	}

	private void create(String user, String title) {
		NotificationStreamIntegrationTests.create(this.notifications, user, title);
	}

}
