package com.geniusharmony.odoosync.ops;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.budget.BudgetState;
import com.geniusharmony.odoosync.budget.OdooRequestBudget;
import com.geniusharmony.odoosync.intake.DeadLetters;
import com.geniusharmony.odoosync.odoo.OdooCircuit;
import com.geniusharmony.odoosync.odoo.OdooProperties;
import com.geniusharmony.odoosync.pull.OdooPoller;
import com.geniusharmony.odoosync.state.EntityKinds;
import com.geniusharmony.odoosync.state.SyncCounts;
import com.geniusharmony.odoosync.state.SyncStatus;
import com.geniusharmony.support.security.CurrentUser;
import com.geniusharmony.support.web.InvalidFieldsException;
import com.geniusharmony.support.web.ResourceNotFoundException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations API of the sync, for administrators: status, one entity, the failures,
 * resyncs and replays. A resync or replay answers 202: the entities are pending again and
 * a drain is on its way.
 */
@RestController
@RequestMapping("/api/sync")
class SyncOperationsController {

	private static final Set<SyncStatus> FAILURES = EnumSet.of(SyncStatus.FAILED, SyncStatus.PARKED);

	private final SyncOperations operations;

	private final OdooProperties odoo;

	private final OdooCircuit circuit;

	private final OdooRequestBudget budget;

	private final DeadLetters deadLetters;

	private final OdooPoller poller;

	SyncOperationsController(SyncOperations operations, OdooProperties odoo, OdooCircuit circuit,
			OdooRequestBudget budget, DeadLetters deadLetters, OdooPoller poller) {
		this.operations = operations;
		this.odoo = odoo;
		this.circuit = circuit;
		this.budget = budget;
		this.deadLetters = deadLetters;
		this.poller = poller;
	}

	@GetMapping("/status")
	Mono<StatusResponse> status(CurrentUser caller) {
		caller.requireAdmin("operate the sync");
		return Mono.zip(this.operations.counts(), this.budget.use(), this.poller.overview()).map((found) -> {
			BudgetState budget = this.budget.state();
			return new StatusResponse(this.odoo.configured(), this.odoo.notConfiguredReason(), this.circuit.state(),
					budget.paused(), budget.onLocalShare(), found.getT2(), entities(found.getT1()),
					found.getT1().lag().toMillis() / 1000.0, this.operations.lastDrain(), found.getT3());
		});
	}

	@GetMapping("/entities/{kind}/{id}")
	Mono<EntityResponse> entity(CurrentUser caller, @PathVariable String kind, @PathVariable String id) {
		caller.requireAdmin("operate the sync");
		EntityKind entityKind = kind(kind);
		return this.operations.find(entityKind, id)
			.map(EntityResponse::of)
			.switchIfEmpty(Mono.error(() -> notFound(entityKind, id)));
	}

	@GetMapping("/failures")
	Mono<FailuresResponse> failures(CurrentUser caller, @RequestParam(required = false) @Nullable String status,
			@RequestParam(defaultValue = "1") @Min(1) int page,
			@RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize) {
		caller.requireAdmin("operate the sync");
		Set<SyncStatus> statuses = (status != null) ? Set.of(failureStatus(status)) : FAILURES;
		return this.operations.withStatus(statuses, pageSize, (long) (page - 1) * pageSize)
			.map((found) -> new FailuresResponse(found.count(), page, pageSize,
					found.entities().stream().map(EntityResponse::of).toList()));
	}

	@PostMapping("/entities/{kind}/{id}/resync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<EntityResponse> resync(CurrentUser caller, @PathVariable String kind, @PathVariable String id) {
		caller.requireAdmin("operate the sync");
		EntityKind entityKind = kind(kind);
		return this.operations.resync(entityKind, id)
			.filter(Boolean::booleanValue)
			.flatMap((found) -> this.operations.find(entityKind, id))
			.map(EntityResponse::of)
			.switchIfEmpty(Mono.error(() -> notFound(entityKind, id)));
	}

	@PostMapping("/resync")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<CountResponse> resyncAll(CurrentUser caller) {
		caller.requireAdmin("operate the sync");
		return this.operations.resyncAll().map(CountResponse::new);
	}

	@PostMapping("/parked/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<ReplayResponse> replayParked(CurrentUser caller) {
		caller.requireAdmin("operate the sync");
		return this.operations.replayParked()
			.zipWith(this.deadLetters.replay(), (entities, letters) -> new ReplayResponse(entities, letters));
	}

	private static EntityKind kind(String kind) {
		return EntityKinds.fromWireName(kind)
			.orElseThrow(() -> new InvalidFieldsException("kind", "must be one of [user, project, task]"));
	}

	private static SyncStatus failureStatus(String status) {
		return SyncStatus.fromWireName(status)
			.filter(FAILURES::contains)
			.orElseThrow(() -> new InvalidFieldsException("status", "must be one of [failed, parked]"));
	}

	private static ResourceNotFoundException notFound(EntityKind kind, String id) {
		return new ResourceNotFoundException(kind.wireName() + " known to the sync", id);
	}

	private static Map<String, Map<String, Long>> entities(SyncCounts counts) {
		Map<String, Map<String, Long>> entities = new LinkedHashMap<>();
		for (EntityKind kind : EntityKind.values()) {
			Map<String, Long> byStatus = new LinkedHashMap<>();
			for (SyncStatus status : SyncStatus.values()) {
				byStatus.put(status.wireName(), counts.count(kind, status));
			}
			entities.put(kind.wireName(), byStatus);
		}
		return entities;
	}

}
