package com.geniusharmony.system.harness;

import java.util.Map;

import com.geniusharmony.odooemulator.OdooEmulator;

/**
 * The variables one service gets beyond the shared ones: odoo-sync-service the emulator's
 * address and credentials, scheduler-service a sweep often enough for tests to wait on.
 */
final class ServiceSettings {

	private ServiceSettings() {
	}

	static Map<String, String> of(String service, OdooEmulator odoo) {
		return switch (service) {
			case "odoo-sync-service" -> Map.of("ODOO_ENABLED", "true", "ODOO_HOST", "127.0.0.1", "ODOO_PORT",
					Integer.toString(odoo.port()), "ODOO_PROTOCOL", "jsonrpc", "ODOO_DB", odoo.config().database(),
					"ODOO_USERNAME", odoo.config().login(), "ODOO_PASSWORD", odoo.config().password());
			case "scheduler-service" -> Map.of("HARMONY_SYNC_SWEEP_INTERVAL", "5s");
			default -> Map.of();
		};
	}

}
