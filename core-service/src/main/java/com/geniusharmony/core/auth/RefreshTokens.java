package com.geniusharmony.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import com.geniusharmony.support.security.OpaqueTokens;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Rotating refresh tokens: opaque random strings, stored as their SHA-256. A login starts
 * a family; a refresh uses its token once and gives the next of the family; a token used
 * again revokes its whole family; a logout revokes it too.
 */
@Component
class RefreshTokens {

	private final DatabaseClient database;

	private final TransactionalOperator transactions;

	private final Duration ttl;

	RefreshTokens(DatabaseClient database, TransactionalOperator transactions, AuthProperties properties) {
		this.database = database;
		this.transactions = transactions;
		this.ttl = properties.refreshTtl();
	}

	/**
	 * Starts a family for a login, and forgets the user's expired tokens.
	 * @param userId the user
	 * @return the first token of the family
	 */
	Mono<String> startFamily(String userId) {
		return this.database
			.sql("delete from refresh_token where user_id = :user and expires_at < now() - interval '1 day'")
			.bind("user", Long.parseLong(userId))
			.then()
			.then(insert(UUID.randomUUID(), userId));
	}

	/**
	 * Uses a token once: gives the next token of its family and the user it belongs to.
	 * @param token the refresh token
	 * @return the rotation, or a {@link RefreshRefusedException} (a reused token's family
	 * is revoked first)
	 */
	Mono<Rotation> rotate(String token) {
		String hash = OpaqueTokens.hash(token);
		Mono<Rotation> used = lockFamilyOf(hash).then(this.database
			.sql("update refresh_token set used_at = now() where token_hash = :hash and used_at is null"
					+ " and revoked_at is null and expires_at > now() returning family_id, user_id")
			.bind("hash", hash)
			.map((row) -> new Used(row.get("family_id", UUID.class), String.valueOf(row.get("user_id", Long.class))))
			.one()
			.flatMap((row) -> insert(row.familyId(), row.userId()).map((next) -> new Rotation(row.userId(), next))));
		// refused outside the transaction, so that a reused token's family stays revoked
		return this.transactions.transactional(used).switchIfEmpty(Mono.defer(() -> refuse(hash)));
	}

	/**
	 * Revokes the family of a token (a logout). A token that is unknown, expired or
	 * revoked already changes nothing.
	 * @param token the refresh token
	 * @return done
	 */
	Mono<Void> revokeFamily(String token) {
		return revokeFamilyOf(OpaqueTokens.hash(token));
	}

	/** The seconds a new refresh token lives. */
	long ttlSeconds() {
		return this.ttl.toSeconds();
	}

	private Mono<String> insert(UUID familyId, String userId) {
		String token = OpaqueTokens.generate();
		return this.database
			.sql("insert into refresh_token (token_hash, family_id, user_id, expires_at)"
					+ " values (:hash, :family, :user, :expires)")
			.bind("hash", OpaqueTokens.hash(token))
			.bind("family", familyId)
			.bind("user", Long.parseLong(userId))
			.bind("expires", OffsetDateTime.ofInstant(Instant.now().plus(this.ttl), ZoneOffset.UTC))
			.then()
			.thenReturn(token);
	}

	/**
	 * Why a token could not be used. A token already used is a copy: its family is
	 * revoked.
	 */
	private Mono<Rotation> refuse(String hash) {
		return this.database
			.sql("select used_at is not null as used, revoked_at is not null as revoked from refresh_token"
					+ " where token_hash = :hash")
			.bind("hash", hash)
			.map((row) -> Boolean.TRUE.equals(row.get("used", Boolean.class))
					&& !Boolean.TRUE.equals(row.get("revoked", Boolean.class)))
			.one()
			.defaultIfEmpty(false)
			.flatMap((reused) -> reused ? revokeFamilyOf(hash).then(Mono.error(RefreshRefusedException::reused))
					: Mono.error(RefreshRefusedException::invalid));
	}

	private Mono<Void> revokeFamilyOf(String hash) {
		return this.transactions.transactional(lockFamilyOf(hash).then(this.database
			.sql("update refresh_token set revoked_at = now() where revoked_at is null and family_id ="
					+ " (select family_id from refresh_token where token_hash = :hash)")
			.bind("hash", hash)
			.then()));
	}

	/**
	 * Serialises the rotations and revocations of one family until the transaction ends:
	 * a revocation then waits for a rotation in flight and revokes the token it adds, and
	 * a rotation after a revocation finds its token revoked.
	 */
	private Mono<Void> lockFamilyOf(String hash) {
		return this.database
			.sql("select pg_advisory_xact_lock(hashtextextended(family_id::text, 0)) from refresh_token"
					+ " where token_hash = :hash")
			.bind("hash", hash)
			.then();
	}

	private record Used(UUID familyId, String userId) {

	}

	/**
	 * A token used: whose it was, and the next one of its family.
	 *
	 * @param userId the user
	 * @param nextToken the refresh token to use next time
	 */
	record Rotation(String userId, String nextToken) {

	}

}
