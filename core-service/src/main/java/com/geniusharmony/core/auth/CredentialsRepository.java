package com.geniusharmony.core.auth;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads logins from the users' table.
 */
@Repository
class CredentialsRepository {

	private static final String SELECT = "select id, username, password_hash, active, admin from app_user";

	private final DatabaseClient database;

	CredentialsRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Credentials> findByUsername(String username) {
		return this.database.sql(SELECT + " where lower(username) = lower(:u)")
			.bind("u", username)
			.map(CredentialsRepository::credentials)
			.one();
	}

	Mono<Credentials> findById(String id) {
		return this.database.sql(SELECT + " where id = :id")
			.bind("id", Long.parseLong(id))
			.map(CredentialsRepository::credentials)
			.one();
	}

	private static Credentials credentials(Readable row) {
		return new Credentials(String.valueOf(row.get("id", Long.class)), row.get("username", String.class),
				row.get("password_hash", String.class), row.get("active", Boolean.class),
				row.get("admin", Boolean.class));
	}

}
