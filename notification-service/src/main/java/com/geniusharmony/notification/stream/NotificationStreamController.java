package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.support.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications/stream/}: the caller's live stream of Server-Sent Events.
 * It ends when the access token expires, so that the client reconnects with a fresh one.
 */
@RestController
class NotificationStreamController {

	private final NotificationStreams streams;

	NotificationStreamController(NotificationStreams streams) {
		this.streams = streams;
	}

	@GetMapping({ "/api/notifications/stream", "/api/notifications/stream/" })
	Flux<ServerSentEvent<Object>> stream(CurrentUser caller,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
		return this.streams.open(caller.id(), parse(lastEventId)).takeUntilOther(tokenExpiry());
	}

	private static Mono<Long> tokenExpiry() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.mapNotNull((authentication) -> ((JwtAuthenticationToken) authentication).getToken().getExpiresAt())
			.flatMap((expiresAt) -> Mono.delay(max(Duration.between(Instant.now(), expiresAt))));
	}

	private static Duration max(Duration untilExpiry) {
		return untilExpiry.isNegative() ? Duration.ZERO : untilExpiry;
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

}
