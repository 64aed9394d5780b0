package com.geniusharmony.odoosync.intake;

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
	 * Records the state an event carries, unless the store has the same or a later
	 * version of the entity.
	 * @param event an event of a user, project or task; others are ignored
	 * @return whether the state was recorded
	 */
	Mono<Boolean> record(EventEnvelope event) {
		return TrackedChange.of(event).map((change) -> this.states.record(change).doOnNext((recorded) -> {
			if (recorded) {
				this.drainer.request();
			}
		})).orElseGet(() -> Mono.just(false));
	}

	/**
	 * Runs a sweep: asks for a drain of whatever is due.
	 * @return completes at once; the drain runs on its own
	 */
	Mono<Void> sweep() {
		return Mono.fromRunnable(this.drainer::request);
	}

}
