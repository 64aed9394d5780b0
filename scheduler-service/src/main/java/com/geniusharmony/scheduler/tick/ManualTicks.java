package com.geniusharmony.scheduler.tick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fires a tick at once, scheduled at the current instant. It claims no slot, so the next
 * regular slot is emitted as usual. The tick goes through the outbox like every tick; the
 * caller hears whether the broker had it within a few seconds.
 */
class ManualTicks {

	private static final Logger log = LoggerFactory.getLogger(ManualTicks.class);

	private static final Duration SEND_WAIT = Duration.ofSeconds(10);

	private static final Duration SENT_CHECK_INTERVAL = Duration.ofMillis(100);

	private final TickRecorder recorder;

	private final TickRepository repository;

	private final Clock clock;

	ManualTicks(TickRecorder recorder, TickRepository repository, Clock clock) {
		this.recorder = recorder;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Records a tick of a schedule, and waits a little for the broker to have it.
	 * @return the tick, and whether it was published already
	 */
	Mono<Fired> fire(TickKind kind, String caller) {
		Instant now = this.clock.instant();
		PendingTick tick = PendingTick.of(kind, now, true, now);
		return this.recorder.recordManual(tick)
			.doOnSuccess((recorded) -> log.info("User {} fired a {} tick {} (tick {})", caller, kind.description(),
					tick.scheduledAt(), tick.tickId()))
			.then(sent(tick))
			.map((published) -> new Fired(TickResponse.of(tick), published));
	}

	private Mono<Boolean> sent(PendingTick tick) {
		return Flux.interval(Duration.ZERO, SENT_CHECK_INTERVAL)
			.concatMap((check) -> this.repository.isSent(tick.tickId()))
			.filter(Boolean::booleanValue)
			.next()
			.timeout(SEND_WAIT, Mono.just(false));
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
