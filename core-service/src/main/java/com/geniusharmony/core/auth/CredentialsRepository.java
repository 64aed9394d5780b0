package com.geniusharmony.core.auth;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Reads logins from the users' table.
 */
@Repository
class CredentialsRepository {

	private final DatabaseClient database;

	CredentialsRepository(DatabaseClient database) {
		this.database = database;
	}

	Mono<Credentials> findByUsername(String username) {
		return this.database
			.sql("select id, username, password_hash, active, admin from app_user where lower(username) = lower(:u)")
			.bind("u", username)
			.map((row) -> new Credentials(String.valueOf(row.get("id", Long.class)), row.get("username", String.class),
					row.get("password_hash", String.class), row.get("active", Boolean.class),
					row.get("admin", Boolean.class)))
			.one();
	}

}
