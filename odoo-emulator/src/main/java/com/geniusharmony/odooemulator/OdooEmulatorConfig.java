package com.geniusharmony.odooemulator;

import java.util.List;

/**
 * How an emulator runs: where it listens, the database name and administrator credentials
 * it accepts, its API keys (JSON-2 bearer tokens, also accepted as JSON-RPC passwords),
 * the Odoo version it imitates (16 to 19: before 17 a task's {@code date_deadline} is a
 * date, from 17 a datetime; JSON-2 answers from 18, as on Odoo Online 18.4+ and Odoo 19),
 * the users it starts with and how it throttles ingestion.
 *
 * @param host the address to bind
 * @param port the port, 0 for a free one
 * @param database the database name
 * @param login the administrator's login
 * @param password the administrator's password
 * @param apiKeys the administrator's API keys
 * @param version the Odoo major version
 * @param users more users to create
 * @param throttle the ingestion throttle
 */
public record OdooEmulatorConfig(String host, int port, String database, String login, String password,
		List<String> apiKeys, int version, List<EmulatedUser> users, Throttle throttle) {

	public OdooEmulatorConfig {
		apiKeys = List.copyOf(apiKeys);
		users = List.copyOf(users);
		if (version < 16 || version > 19) {
			throw new IllegalArgumentException("Odoo version must be 16 to 19, not " + version);
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("Invalid port " + port);
		}
	}

	/**
	 * Odoo 18 on a free port of 127.0.0.1, database {@code harmony},
	 * {@code admin}/{@code admin}, no API key.
	 * @return the configuration
	 */
	public static OdooEmulatorConfig defaults() {
		return new OdooEmulatorConfig("127.0.0.1", 0, "harmony", "admin", "admin", List.of(), 18, List.of(),
				Throttle.none());
	}

	public OdooEmulatorConfig withHost(String newHost) {
		return new OdooEmulatorConfig(newHost, this.port, this.database, this.login, this.password, this.apiKeys,
				this.version, this.users, this.throttle);
	}

	public OdooEmulatorConfig withPort(int newPort) {
		return new OdooEmulatorConfig(this.host, newPort, this.database, this.login, this.password, this.apiKeys,
				this.version, this.users, this.throttle);
	}

	public OdooEmulatorConfig withDatabase(String newDatabase) {
		return new OdooEmulatorConfig(this.host, this.port, newDatabase, this.login, this.password, this.apiKeys,
				this.version, this.users, this.throttle);
	}

	public OdooEmulatorConfig withCredentials(String newLogin, String newPassword) {
		return new OdooEmulatorConfig(this.host, this.port, this.database, newLogin, newPassword, this.apiKeys,
				this.version, this.users, this.throttle);
	}

	public OdooEmulatorConfig withApiKeys(String... keys) {
		return new OdooEmulatorConfig(this.host, this.port, this.database, this.login, this.password, List.of(keys),
				this.version, this.users, this.throttle);
	}

	public OdooEmulatorConfig withVersion(int newVersion) {
		return new OdooEmulatorConfig(this.host, this.port, this.database, this.login, this.password, this.apiKeys,
				newVersion, this.users, this.throttle);
	}

	public OdooEmulatorConfig withUsers(EmulatedUser... newUsers) {
		return new OdooEmulatorConfig(this.host, this.port, this.database, this.login, this.password, this.apiKeys,
				this.version, List.of(newUsers), this.throttle);
	}

	public OdooEmulatorConfig withThrottle(Throttle newThrottle) {
		return new OdooEmulatorConfig(this.host, this.port, this.database, this.login, this.password, this.apiKeys,
				this.version, this.users, newThrottle);
	}

	/**
	 * Whether the JSON-2 endpoints answer (from Odoo 18 on).
	 * @return true from version 18
	 */
	public boolean json2Enabled() {
		return this.version >= 18;
	}

	@Override
	public String toString() {
		return "OdooEmulatorConfig[host=" + this.host + ", port=" + this.port + ", database=" + this.database
				+ ", login=" + this.login + ", password=***, apiKeys=" + this.apiKeys.size() + ", version="
				+ this.version + ", users=" + this.users + ", throttle=" + this.throttle + "]";
	}

}
