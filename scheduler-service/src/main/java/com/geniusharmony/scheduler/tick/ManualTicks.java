package com.geniusharmony.scheduler.tick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Fires a tick at once, scheduled at the current instant. It claims no slot, so the next
 * regular slot is emitted as usual. The tick is recorded first; if publishing it fails
 * here, the leader sends it later with the same id.
 */
class ManualTicks {

	private static final Logger log = LoggerFactory.getLogger(ManualTicks.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final TickRepository repository;

	private final TickPublisher publisher;

	private final Clock clock;

	ManualTicks(TickRepository repository, TickPublisher publisher, Clock clock) {
		this.repository = repository;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * Records and publishes a tick of a schedule.
	 * @return the tick, and whether it was published already
	 */
	Mono<Fired> fire(TickKind kind, String caller) {
		Instant now = this.clock.instant();
		PendingTick tick = TickPublisher.create(kind, now, true, now);
		return this.repository.insertManual(tick)
			.then(this.publisher.publish(tick).timeout(SEND_TIMEOUT).thenReturn(true).onErrorResume((ex) -> {
				log.warn("Publishing the {} tick {} fired by {} failed, the leader will send it: {}",
						kind.description(), tick.tickId(), caller, ex.getMessage());
				return Mono.just(false);
			}))
			.doOnNext((published) -> log.info("User {} fired a {} tick {} (tick {})", caller, kind.description(),
					tick.scheduledAt(), tick.tickId()))
			.map((published) -> new Fired(TickResponse.of(tick), published));
	}

	/**
	 * A tick fired by hand.
	 *
	 * @param tick the tick
	 * @param published whether the broker has it already
	 */
	record Fired(TickResponse tick, boolean published) {

	}

}
