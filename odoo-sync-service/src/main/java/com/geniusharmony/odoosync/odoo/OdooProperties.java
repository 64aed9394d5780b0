package com.geniusharmony.odoosync.odoo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where Odoo is and how to reach it, from the {@code ODOO_*} variables. The integration
 * is optional: when it is off or a setting is missing the service still runs and keeps
 * changes pending ({@link #configured()}). The password never appears in
 * {@link #toString()}.
 *
 * @param enabled {@code ODOO_ENABLED}: whether to talk to Odoo at all
 * @param host {@code ODOO_HOST}
 * @param port {@code ODOO_PORT}, or null for the protocol's default (443 with TLS, else
 * 8069)
 * @param protocol {@code ODOO_PROTOCOL}: {@code jsonrpc}, {@code jsonrpc+ssl},
 * {@code json2} or {@code json2+ssl}
 * @param db {@code ODOO_DB}
 * @param username {@code ODOO_USERNAME}, the API user's login
 * @param password {@code ODOO_PASSWORD}: the password or API key (JSON-2 needs an API
 * key)
 * @param connectTimeout {@code ODOO_CONNECT_TIMEOUT}: to open a connection
 * @param requestTimeout {@code ODOO_REQUEST_TIMEOUT}: for Odoo to answer one request
 * @param maxResponseSize {@code ODOO_MAX_RESPONSE_SIZE}: the largest answer read
 * @param cacheTtl {@code ODOO_CACHE_TTL}: how long field definitions stay cached in Redis
 * @param retryBackoff {@code ODOO_RETRY_BACKOFF}: the first wait before retrying a
 * transient failure, doubled at each retry (1 s, 2 s, 4 s)
 * @param retries {@code ODOO_RETRIES}: how many times a transient failure is retried
 * @param circuitFailureRate {@code ODOO_CIRCUIT_FAILURE_RATE}: the percentage of
 * unavailable answers among the last calls that opens the circuit
 * @param circuitWindow {@code ODOO_CIRCUIT_WINDOW}: how many recent calls the rate is
 * taken over (the circuit never opens before that many calls)
 * @param circuitOpenDuration {@code ODOO_CIRCUIT_OPEN_DURATION}: how long the circuit
 * stays open before a trial call
 */
@Validated
@ConfigurationProperties("odoo")
public record OdooProperties(@DefaultValue("true") boolean enabled, @Nullable String host,
		@Nullable @Min(1) @Max(65535) Integer port, @DefaultValue("jsonrpc+ssl") OdooProtocol protocol,
		@Nullable String db, @Nullable String username, @Nullable String password,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration requestTimeout,
		@DefaultValue("16MB") DataSize maxResponseSize, @DefaultValue("5m") Duration cacheTtl,
		@DefaultValue("1s") Duration retryBackoff, @DefaultValue("3") @Min(0) @Max(10) int retries,
		@DefaultValue("50") @Min(1) @Max(100) int circuitFailureRate, @DefaultValue("10") @Min(1) int circuitWindow,
		@DefaultValue("30s") Duration circuitOpenDuration) {

	public OdooProperties {
		host = blankToNull(host);
		db = blankToNull(db);
		username = blankToNull(username);
		// a password is kept as given: only a blank one counts as missing
		password = (password != null && !password.isBlank()) ? password : null;
		requirePositive(connectTimeout, "ODOO_CONNECT_TIMEOUT");
		requirePositive(requestTimeout, "ODOO_REQUEST_TIMEOUT");
		requirePositive(retryBackoff, "ODOO_RETRY_BACKOFF");
		requirePositive(circuitOpenDuration, "ODOO_CIRCUIT_OPEN_DURATION");
		if (cacheTtl.isNegative()) {
			throw new IllegalArgumentException("ODOO_CACHE_TTL must not be negative, was " + cacheTtl);
		}
	}

	/**
	 * Whether the service may talk to Odoo: enabled and every setting given.
	 * @return true when enabled and nothing is missing
	 */
	public boolean configured() {
		return this.enabled && missing().isEmpty();
	}

	/**
	 * The variables that must still be set, by name (never their values).
	 * @return the missing variables, such as {@code ODOO_HOST}; empty when complete
	 */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		addIfNull(missing, this.host, "ODOO_HOST");
		addIfNull(missing, this.db, "ODOO_DB");
		addIfNull(missing, this.username, "ODOO_USERNAME");
		addIfNull(missing, this.password, "ODOO_PASSWORD");
		return List.copyOf(missing);
	}

	/**
	 * Why the service does not talk to Odoo, in a sentence an operator can act on.
	 * @return {@code Odoo not configured: ...; changes stay pending}, or {@code null}
	 * when configured
	 */
	public @Nullable String notConfiguredReason() {
		if (!this.enabled) {
			return "Odoo not configured: ODOO_ENABLED is false; changes stay pending";
		}
		List<String> missing = missing();
		return missing.isEmpty() ? null
				: "Odoo not configured: " + String.join(", ", missing) + " missing; changes stay pending";
	}

	/**
	 * The port to connect to.
	 * @return {@code ODOO_PORT}, or the protocol's default
	 */
	public int effectivePort() {
		return (this.port != null) ? this.port : this.protocol.defaultPort();
	}

	/**
	 * The server's address, such as {@code https://mycompany.odoo.com:443}.
	 * @return the base URL, without a trailing slash
	 */
	public String baseUrl() {
		String name = (this.host != null) ? this.host : "localhost";
		String bracketed = (name.contains(":") && !name.startsWith("[")) ? "[" + name + "]" : name;
		return (this.protocol.secure() ? "https" : "http") + "://" + bracketed + ":" + effectivePort();
	}

	@Override
	public String toString() {
		return "OdooProperties[enabled=" + this.enabled + ", host=" + this.host + ", port=" + effectivePort()
				+ ", protocol=" + this.protocol + ", db=" + this.db + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "***" : "none") + ", connectTimeout=" + this.connectTimeout
				+ ", requestTimeout=" + this.requestTimeout + ", cacheTtl=" + this.cacheTtl + ", retries="
				+ this.retries + ", retryBackoff=" + this.retryBackoff + "]";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value.trim() : null;
	}

	private static void requirePositive(Duration value, String name) {
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
	}

	private static void addIfNull(List<String> missing, @Nullable String value, String name) {
		if (value == null) {
			missing.add(name);
		}
	}

}
