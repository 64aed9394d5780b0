package com.geniusharmony.system.harness;

import java.util.Map;

import com.geniusharmony.odooemulator.OdooEmulator;

/**
 * The variables one service gets beyond the shared ones: odoo-sync-service the emulator's
 * address and credentials, core-service's, and a short poll of Odoo's changes,
 * scheduler-service a sweep often enough for tests to wait on, notification-service where
 * its operators' console finds the others.
 */
final class ServiceSettings {

	private ServiceSettings() {
	}

	static Map<String, String> of(String service, OdooEmulator odoo, Map<String, Integer> ports) {
		return switch (service) {
			case "odoo-sync-service" -> Map.of("ODOO_ENABLED", "true", "ODOO_HOST", "127.0.0.1", "ODOO_PORT",
					Integer.toString(odoo.port()), "ODOO_PROTOCOL", "jsonrpc", "ODOO_DB", odoo.config().database(),
					"ODOO_USERNAME", odoo.config().login(), "ODOO_PASSWORD", odoo.config().password(),
					// the drift report reads core-service
					"HARMONY_CORE_URL", local(ports, "core-service"),
					// changes made in Odoo come back within seconds
					"HARMONY_SYNC_PULL_INTERVAL", "2s");
			case "scheduler-service" -> Map.of("HARMONY_SYNC_SWEEP_INTERVAL", "5s");
			case "notification-service" -> Map.of("HARMONY_CONSOLE_CORE_URL", local(ports, "core-service"),
					"HARMONY_CONSOLE_SYNC_URL", local(ports, "odoo-sync-service"), "HARMONY_CONSOLE_SCHEDULER_URL",
					local(ports, "scheduler-service"));
			default -> Map.of();
		};
	}

	private static String local(Map<String, Integer> ports, String service) {
		return "http://127.0.0.1:" + ports.get(service);
	}

}
