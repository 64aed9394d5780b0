package com.geniusharmony.system.flow;

import java.util.UUID;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.system.api.CoreApi;

/**
 * Users made for one test, with names no other test uses.
 */
final class People {

	static final String PASSWORD = "correct horse battery";

	private final CoreApi core;

	private final String admin;

	private final String tag = Long.toHexString(UUID.randomUUID().getLeastSignificantBits() >>> 36);

	People(CoreApi core, String admin) {
		this.core = core;
		this.admin = admin;
	}

	Person create(String firstName, String lastName) {
		String username = firstName.toLowerCase() + "-" + this.tag;
		JsonNode user = this.core.createUser(this.admin, username, username + "@example.com", firstName, lastName,
				PASSWORD);
		return new Person(user.get("id").asString(), username, username + "@example.com",
				this.core.token(username, PASSWORD));
	}

	/**
	 * A user of the test and a token of theirs.
	 *
	 * @param id the user's id
	 * @param username the login
	 * @param email the email
	 * @param token an access token
	 */
	record Person(String id, String username, String email, String token) {

	}

}
