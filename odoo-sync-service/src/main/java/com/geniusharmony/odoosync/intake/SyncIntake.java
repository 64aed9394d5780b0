package com.geniusharmony.odoosync.intake;

import java.util.List;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.odoosync.batch.SyncDrainer;
import com.geniusharmony.odoosync.state.SyncStateRepository;
import com.geniusharmony.odoosync.state.TrackedChange;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Where events and sweeps enter the sync: a change is recorded (nothing else, so nothing
 * is lost while Odoo is slow, down or not configured) and a drain is asked for soon; a
 * sweep asks for a drain, which also retries the failed entities whose back-off is over.
 */
@Component
class SyncIntake {

	private final SyncStateRepository states;

	private final SyncDrainer drainer;

	SyncIntake(SyncStateRepository states, SyncDrainer drainer) {
		this.states = states;
		this.drainer = drainer;
	}

	/**
	 * Records the states events carry, each unless the store has the same or a later
	 * version of its entity, in one statement.
	 * @param events events of users, projects and tasks; others are ignored
	 * @return how many entities were recorded
	 */
	Mono<Long> record(List<EventEnvelope> events) {
		List<TrackedChange> changes = events.stream().flatMap((event) -> TrackedChange.of(event).stream()).toList();
		return this.states.record(changes).doOnNext((recorded) -> {
			if (recorded > 0) {
				this.drainer.request();
			}
		});
	}

	/**
	 * Runs a sweep: asks for a drain of whatever is due.
	 * @return completes at once; the drain runs on its own
	 */
	Mono<Void> sweep() {
		return Mono.fromRunnable(this.drainer::request);
	}

}
