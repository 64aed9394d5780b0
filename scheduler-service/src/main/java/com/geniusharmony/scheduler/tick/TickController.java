package com.geniusharmony.scheduler.tick;

import com.geniusharmony.support.security.CurrentUser;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an administrator fire a tick now: 200 with the tick once the broker has it, 202
 * when it is recorded and the leader will send it.
 */
@RestController
@RequestMapping("/api/ticks")
class TickController {

	private final ManualTicks ticks;

	TickController(ManualTicks ticks) {
		this.ticks = ticks;
	}

	@PostMapping("/deadline-check")
	Mono<ResponseEntity<TickResponse>> deadlineCheck(CurrentUser caller) {
		return fire(caller, TickKind.DEADLINE_CHECK);
	}

	@PostMapping("/odoo-sync-sweep")
	Mono<ResponseEntity<TickResponse>> odooSyncSweep(CurrentUser caller) {
		return fire(caller, TickKind.ODOO_SYNC_SWEEP);
	}

	private Mono<ResponseEntity<TickResponse>> fire(CurrentUser caller, TickKind kind) {
		caller.requireAdmin("fire a tick");
		return this.ticks.fire(kind, caller.id())
			.map((fired) -> ResponseEntity.status(fired.published() ? HttpStatus.OK : HttpStatus.ACCEPTED)
				.body(fired.tick()));
	}

}
