package com.geniusharmony.odoosync.batch;

import java.util.List;
import java.util.Objects;

import com.geniusharmony.odoosync.odoo.OdooClient;
import com.geniusharmony.odoosync.odoo.OdooErrorKind;
import com.geniusharmony.odoosync.odoo.OdooException;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.RowOutcome;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;
import com.geniusharmony.odoosync.state.RowOutcome.Refused;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Deletes the Odoo records of deleted tasks ({@code unlink}), when configured to instead
 * of archiving them. A record already gone counts as deleted; if Odoo refuses the call
 * for the whole batch, each record is deleted alone, so that one refusal does not hold
 * back the others.
 */
@Component
class TaskUnlinker {

	private static final String MODEL = "project.task";

	private final OdooClient odoo;

	TaskUnlinker(OdooClient odoo) {
		this.odoo = odoo;
	}

	Mono<List<RowOutcome>> unlink(List<ClaimedEntity> tasks) {
		if (tasks.isEmpty()) {
			return Mono.just(List.of());
		}
		List<Long> ids = tasks.stream().map(ClaimedEntity::odooId).map(Objects::requireNonNull).toList();
		return this.odoo.unlink(MODEL, ids)
			.then(Mono.fromSupplier(() -> tasks.stream().map(TaskUnlinker::deleted).toList()))
			.onErrorResume((ex) -> tasks.size() > 1 && DrainStop.of(ex).isEmpty(),
					(ex) -> Flux.fromIterable(tasks).concatMap(this::unlinkOne).collectList());
	}

	private Mono<RowOutcome> unlinkOne(ClaimedEntity task) {
		return this.odoo.unlink(MODEL, List.of(Objects.requireNonNull(task.odooId())))
			.then(Mono.fromSupplier(() -> deleted(task)))
			.onErrorResume((ex) -> ex instanceof OdooException odoo && odoo.kind() == OdooErrorKind.MISSING_RECORD,
					(ex) -> Mono.just(deleted(task)))
			.onErrorResume((ex) -> DrainStop.of(ex).isEmpty(), (ex) -> Mono
				.just(new Refused(task, Objects.toString(ex.getMessage(), "Odoo refused to delete the task"))));
	}

	private static RowOutcome deleted(ClaimedEntity task) {
		return new Landed(task, null, true, List.of());
	}

}
