package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.notification.notification.Languages;
import com.geniusharmony.support.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's live stream of Server-Sent Events, opened two ways. With the access token
 * in the {@code Authorization} header: {@code GET /api/notifications/stream/}. From a
 * browser's {@code EventSource}, which cannot send that header: a short-lived, single-use
 * ticket from {@code POST /api/notifications/stream-tickets/} (with the token), then
 * {@code GET /api/notifications/browser-stream/?ticket=...} (ADR 0015). Either stream
 * lives as long as the token that authorised it, and says so before it ends.
 */
@RestController
class NotificationStreamController {

	private static final Duration UNBOUNDED_TOKEN = Duration.ofHours(1);

	private static final String EVENTS = "Events: unread_count {count} first (with retry), counts {unread, unseen, total} then and whenever they change; notification (id: the notification's id; data: the notification and unread_count) for each new one, and again, without an id, for one back from a snooze; notification_updated (data: the notification, no id) when one is seen, read, unread, archived or snoozed, in any tab; inbox_changed (data: the counts) instead for more than 100 at once; token_expiring and token_expired before the token behind the stream ends; a heartbeat comment. Resume with Last-Event-ID.";

	private final NotificationStreams streams;

	private final StreamTickets tickets;

	private final StreamProperties properties;

	private final Languages languages;

	NotificationStreamController(NotificationStreams streams, StreamTickets tickets, StreamProperties properties,
			Languages languages) {
		this.streams = streams;
		this.tickets = tickets;
		this.properties = properties;
		this.languages = languages;
	}

	@Operation(summary = "The caller's live stream (Server-Sent Events), with the token in the Authorization header",
			description = EVENTS)
	@GetMapping({ "/api/notifications/stream", "/api/notifications/stream/" })
	Flux<ServerSentEvent<Object>> stream(CurrentUser caller,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		return tokenExpiry().zipWith(this.languages.of(caller))
			.flatMapMany((authorised) -> StreamLifetime.until(
					this.streams.open(caller.id(), parse(lastEventId), authorised.getT2()), authorised.getT1(),
					this.properties.expiryNotice()));
	}

	@PostMapping({ "/api/notifications/stream-tickets", "/api/notifications/stream-tickets/" })
	@ResponseStatus(HttpStatus.CREATED)
	Mono<StreamTicketResponse> ticket(CurrentUser caller) {
		return tokenExpiry().zipWith(this.languages.of(caller))
			.flatMap((authorised) -> this.tickets.issue(
					new StreamTickets.Holder(caller.id(), caller.username(), authorised.getT1(), authorised.getT2())))
			.map((ticket) -> new StreamTicketResponse(ticket, this.tickets.ttl().toSeconds(),
					"/api/notifications/browser-stream/?ticket=" + ticket));
	}

	/**
	 * Resumes after {@code last_event_id}, or the {@code Last-Event-ID} header a
	 * reconnecting {@code EventSource} sends (a used ticket refuses that reconnection:
	 * the client opens a new stream with a new ticket and {@code last_event_id}).
	 */
	@Operation(summary = "The caller's live stream, opened by a browser's EventSource with a stream ticket",
			description = EVENTS + " A new stream resumes with last_event_id in the URL.")
	@GetMapping({ "/api/notifications/browser-stream", "/api/notifications/browser-stream/" })
	Flux<ServerSentEvent<Object>> browserStream(@RequestParam String ticket,
			@RequestParam(name = "last_event_id", required = false) @Nullable String lastEventIdParameter,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		String resumeAfter = (lastEventIdParameter != null) ? lastEventIdParameter : lastEventId;
		return this.tickets.redeem(ticket)
			.switchIfEmpty(Mono.error(StreamTicketRefusedException::new))
			.flatMapMany((holder) -> StreamLifetime.until(
					this.streams.open(holder.userId(), parse(resumeAfter), holder.locale()), holder.authorizedUntil(),
					this.properties.expiryNotice()));
	}

	/** When the caller's token expires; an hour from now for a token without expiry. */
	private static Mono<Instant> tokenExpiry() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.mapNotNull((authentication) -> ((JwtAuthenticationToken) authentication).getToken().getExpiresAt())
			.defaultIfEmpty(Instant.now().plus(UNBOUNDED_TOKEN));
	}

	/** An id this service did not send is ignored: the stream starts afresh. */
	private static @Nullable Long parse(@Nullable String lastEventId) {
		if (lastEventId == null || lastEventId.isBlank() || lastEventId.length() > 18) {
			return null;
		}
		try {
			long id = Long.parseLong(lastEventId.trim());
			return (id >= 0) ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A stream ticket.
	 *
	 * @param ticket the ticket: for one stream, within {@code expiresIn} seconds
	 * @param expiresIn seconds it may wait to be used
	 * @param streamUrl the stream's address with the ticket, for {@code EventSource}
	 */
	record StreamTicketResponse(String ticket, long expiresIn, String streamUrl) {

	}

}
