package com.geniusharmony.notification.stream;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import com.geniusharmony.support.security.OpaqueTokens;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Stream tickets ({@code stream_ticket}): short-lived, single-use, kept only as their
 * SHA-256, redeemable on any replica.
 */
class StreamTickets {

	private final DatabaseClient database;

	private final Duration ttl;

	StreamTickets(DatabaseClient database, Duration ttl) {
		this.database = database;
		this.ttl = ttl;
	}

	/**
	 * Issues a ticket, and forgets the tickets that expired an hour ago or more.
	 * @param holder whom it opens a stream for, until when
	 * @return the ticket
	 */
	Mono<String> issue(Holder holder) {
		String ticket = OpaqueTokens.generate();
		Instant now = Instant.now();
		return this.database.sql("delete from stream_ticket where expires_at < now() - interval '1 hour'")
			.then()
			.then(this.database.sql(
					"insert into stream_ticket (ticket_hash, user_id, username, expires_at, authorized_until, language)"
							+ " values (:hash, :user, :username, :expires, :until, :language)")
				.bind("hash", OpaqueTokens.hash(ticket))
				.bind("user", holder.userId())
				.bind("username", holder.username())
				.bind("expires", utc(now.plus(this.ttl)))
				.bind("until", utc(holder.authorizedUntil()))
				.bind("language", holder.locale().toLanguageTag())
				.then())
			.thenReturn(ticket);
	}

	/**
	 * Uses a ticket: once, before it expires and before the token that asked for it does.
	 * @param ticket the ticket
	 * @return whom it opens a stream for, or empty for an unknown, expired or used ticket
	 */
	Mono<Holder> redeem(String ticket) {
		return this.database
			.sql("update stream_ticket set used_at = now() where ticket_hash = :hash and used_at is null"
					+ " and expires_at > now() and authorized_until > now() returning user_id, username, authorized_until, language")
			.bind("hash", OpaqueTokens.hash(ticket))
			.map((row) -> new Holder(row.get("user_id", String.class), row.get("username", String.class),
					row.get("authorized_until", OffsetDateTime.class).toInstant(),
					Locale.forLanguageTag(row.get("language", String.class))))
			.one();
	}

	Duration ttl() {
		return this.ttl;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * Whom a ticket opens a stream for.
	 *
	 * @param userId the user
	 * @param username the user's name, as the token gave it
	 * @param authorizedUntil when the token that asked for the ticket expires: the stream
	 * closes then
	 * @param locale the stream's language, as the token or the user's preference gave it
	 */
	record Holder(String userId, String username, Instant authorizedUntil, Locale locale) {

	}

}
