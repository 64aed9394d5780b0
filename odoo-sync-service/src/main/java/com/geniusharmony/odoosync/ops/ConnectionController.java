package com.geniusharmony.odoosync.ops;

import java.util.List;

import com.geniusharmony.odoosync.odoo.ConnectionReport;
import com.geniusharmony.odoosync.odoo.OdooConnectionCheck;
import com.geniusharmony.support.security.CurrentUser;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sync/connection}: checks the way to Odoo step by step and tells an
 * administrator which step failed. Always 200 when the check ran; {@code ok} says whether
 * every step passed.
 */
@RestController
class ConnectionController {

	private final OdooConnectionCheck check;

	ConnectionController(OdooConnectionCheck check) {
		this.check = check;
	}

	@GetMapping("/api/sync/connection")
	Mono<ConnectionResponse> connection(CurrentUser caller) {
		caller.requireAdmin("check the connection to Odoo");
		return this.check.check().map(ConnectionResponse::of);
	}

	/**
	 * The connection check's answer.
	 *
	 * @param ok whether no step failed
	 * @param steps each step in the order checked
	 */
	record ConnectionResponse(boolean ok, List<StepResponse> steps) {

		static ConnectionResponse of(ConnectionReport report) {
			return new ConnectionResponse(report.ok(),
					report.steps()
						.stream()
						.map((step) -> new StepResponse(step.name(), step.status().toString(), step.message()))
						.toList());
		}

	}

	/**
	 * One step.
	 *
	 * @param name what was checked
	 * @param status {@code ok}, {@code failed} or {@code skipped}
	 * @param message what was found
	 */
	record StepResponse(String name, String status, String message) {

	}

}
