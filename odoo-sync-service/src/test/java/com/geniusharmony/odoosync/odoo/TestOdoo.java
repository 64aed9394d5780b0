package com.geniusharmony.odoosync.odoo;

import java.time.Clock;
import java.time.Duration;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.util.unit.DataSize;

/**
 * Settings and clients pointed at an emulator, with a password that tests look for in
 * every failure message.
 */
final class TestOdoo {

	static final String PASSWORD = "Pa55-w0rd-never-shown";

	static final String API_KEY = "0123456789abcdef0123456789abcdef-never-shown";

	private TestOdoo() {
	}

	static OdooEmulator start() {
		return OdooEmulator
			.start(OdooEmulatorConfig.defaults().withCredentials("admin", PASSWORD).withApiKeys(API_KEY));
	}

	static OdooProperties settings(OdooEmulator odoo, OdooProtocol protocol) {
		String secret = protocol.json2() ? API_KEY : PASSWORD;
		return settings("127.0.0.1", odoo.port(), protocol, "harmony", "admin", secret);
	}

	static OdooProperties settings(String host, int port, OdooProtocol protocol, String db, String username,
			String password) {
		return new OdooProperties(true, host, port, protocol, db, username, password, Duration.ofSeconds(2),
				Duration.ofSeconds(2), DataSize.ofMegabytes(16), Duration.ofMinutes(5), Duration.ofMillis(10), 3, 50, 4,
				Duration.ofSeconds(30));
	}

	/** The settings with the integration switched off. */
	static OdooProperties disabled(OdooProperties settings) {
		return copy(settings, false, settings.password(), settings.cacheTtl());
	}

	static OdooProperties withPassword(OdooProperties settings, String password) {
		return copy(settings, settings.enabled(), password, settings.cacheTtl());
	}

	static OdooProperties withCacheTtl(OdooProperties settings, Duration cacheTtl) {
		return copy(settings, settings.enabled(), settings.password(), cacheTtl);
	}

	private static OdooProperties copy(OdooProperties settings, boolean enabled, String password, Duration cacheTtl) {
		return new OdooProperties(enabled, settings.host(), settings.port(), settings.protocol(), settings.db(),
				settings.username(), password, settings.connectTimeout(), settings.requestTimeout(),
				settings.maxResponseSize(), cacheTtl, settings.retryBackoff(), settings.retries(),
				settings.circuitFailureRate(), settings.circuitWindow(), settings.circuitOpenDuration());
	}

	static OdooProtocolClient client(OdooProperties settings, CountingBudget budget, MeterRegistry meters) {
		return new OdooClients(budget, new OdooRequestMetrics(meters), Clock.systemUTC()).protocolClient(settings);
	}

}
