package com.geniusharmony.system.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.system.api.HttpJson;

/**
 * The ceiling the sync is compared with: the same emulator ingesting the same number of
 * task rows directly, one client sending {@code project.task.load} batches of 100 rows
 * (the columns the sync sends) over JSON-RPC, one after the other, unthrottled.
 */
final class EmulatorCeiling {

	private static final int BATCH = 100;

	private final OdooEmulator odoo;

	EmulatorCeiling(OdooEmulator odoo) {
		this.odoo = odoo;
	}

	/**
	 * Loads new rows into an existing project.
	 * @param rows how many rows
	 * @param projectExternalId the project's external id ({@code harmony.project_7})
	 * @return the seconds it took
	 */
	double load(int rows, String projectExternalId) {
		URI jsonRpc = URI.create(this.odoo.baseUrl() + "/jsonrpc");
		int uid = call(jsonRpc, "common", "login",
				List.of(this.odoo.config().database(), this.odoo.config().login(), this.odoo.config().password()))
			.asInt();
		long started = System.nanoTime();
		for (int first = 0; first < rows; first += BATCH) {
			List<List<Object>> batch = new ArrayList<>();
			for (int i = first; i < Math.min(rows, first + BATCH); i++) {
				batch.add(List.of("bench.ceiling_" + started + "_" + i, "Ceiling task " + i, projectExternalId,
						"<p>About ceiling task " + i + "</p>", "", "1"));
			}
			JsonNode result = call(jsonRpc, "object", "execute_kw", List.of(this.odoo.config().database(), uid,
					this.odoo.config().password(), "project.task", "load",
					List.of(List.of("id", "name", "project_id/id", "description", "user_ids/.id", "active"), batch),
					Map.of()));
			if (!result.get("messages").isEmpty()) {
				throw new IllegalStateException("The emulator refused a batch: " + result.get("messages"));
			}
		}
		return (System.nanoTime() - started) / 1e9;
	}

	private static JsonNode call(URI jsonRpc, String service, String method, List<Object> args) {
		JsonNode answer = HttpJson.post(jsonRpc, null, Map.of("jsonrpc", "2.0", "method", "call", "id", 1, "params",
				Map.of("service", service, "method", method, "args", args)))
			.expect(200);
		if (answer.has("error")) {
			throw new IllegalStateException("The emulator answered an error: " + answer.get("error"));
		}
		return answer.get("result");
	}

}
