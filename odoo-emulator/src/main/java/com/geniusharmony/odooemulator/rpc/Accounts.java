package com.geniusharmony.odooemulator.rpc;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * Who may call: each account's user id, login, password and API keys. As on Odoo 14+, an
 * API key is accepted wherever a password is (JSON-RPC) and is the only credential of
 * JSON-2.
 */
public final class Accounts {

	private final List<Account> accounts = new CopyOnWriteArrayList<>();

	/**
	 * Adds an account.
	 * @param account the account
	 */
	public void add(Account account) {
		this.accounts.add(account);
	}

	/**
	 * Forgets every account.
	 */
	public void clear() {
		this.accounts.clear();
	}

	/**
	 * The user id of a login and password (or API key), as {@code common.login} checks
	 * it.
	 * @param login the login
	 * @param secret the password or API key
	 * @return the user id, empty if refused
	 */
	public OptionalInt login(String login, String secret) {
		for (Account account : this.accounts) {
			if (account.login().equals(login) && account.accepts(secret)) {
				return OptionalInt.of(account.uid());
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * Whether a user id and password (or API key) match, as every {@code object} call
	 * checks.
	 * @param uid the user id
	 * @param secret the password or API key
	 * @return true if they match
	 */
	public boolean check(int uid, String secret) {
		return this.accounts.stream().anyMatch((account) -> account.uid() == uid && account.accepts(secret));
	}

	/**
	 * The user id of an API key.
	 * @param key the key
	 * @return the user id, empty if no account has it
	 */
	public OptionalInt apiKey(String key) {
		for (Account account : this.accounts) {
			if (account.apiKeys().contains(key)) {
				return OptionalInt.of(account.uid());
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * The login of a user id.
	 * @param uid the user id
	 * @return the login, or null
	 */
	public @Nullable String loginOf(int uid) {
		return this.accounts.stream()
			.filter((account) -> account.uid() == uid)
			.map(Account::login)
			.findFirst()
			.orElse(null);
	}

	/**
	 * One account.
	 *
	 * @param uid the user id
	 * @param login the login
	 * @param password the password, or null if the user cannot log in with one
	 * @param apiKeys the API keys
	 */
	public record Account(int uid, String login, @Nullable String password, List<String> apiKeys) {

		boolean accepts(String secret) {
			return secret.equals(this.password) || this.apiKeys.contains(secret);
		}

		@Override
		public String toString() {
			return "Account[uid=" + this.uid + ", login=" + this.login + "]";
		}

	}

}
