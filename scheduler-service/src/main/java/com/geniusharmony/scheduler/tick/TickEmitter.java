package com.geniusharmony.scheduler.tick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.geniusharmony.scheduler.lease.Fence;
import com.geniusharmony.scheduler.lease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One evaluation of the schedules by one replica: refresh the lease, and while leading,
 * claim the latest due slot of each schedule (only the latest: slots missed while no
 * replica ran are caught up as one tick). A claimed tick is in the outbox, which
 * publishes it. Its methods block; the {@link TickLoop} calls them on its own thread.
 */
class TickEmitter {

	private static final Logger log = LoggerFactory.getLogger(TickEmitter.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final List<TickSchedule> schedules;

	private final Lease lease;

	private final TickRepository repository;

	private final TickRecorder recorder;

	private final Clock clock;

	TickEmitter(List<TickSchedule> schedules, Lease lease, TickRepository repository, TickRecorder recorder,
			Clock clock) {
		this.schedules = schedules;
		this.lease = lease;
		this.repository = repository;
		this.recorder = recorder;
		this.clock = clock;
	}

	/**
	 * Creates the rows of schedules seen for the first time.
	 */
	void prepare() {
		Instant now = this.clock.instant();
		for (TickSchedule schedule : this.schedules) {
			this.repository.ensureSchedule(schedule.name(), schedule.slots().latestAtOrBefore(now)).block(TIMEOUT);
		}
	}

	/**
	 * Refreshes the lease, then claims the due slots while leading.
	 */
	void evaluate() {
		this.lease.refresh().ifPresent(this::claimDue);
	}

	/**
	 * Claims the latest due slot of every schedule under a fence.
	 * @return the ticks this call recorded
	 */
	List<PendingTick> claimDue(Fence fence) {
		Instant now = this.clock.instant();
		return this.schedules.stream().flatMap((schedule) -> claim(schedule, fence, now).stream()).toList();
	}

	private Optional<PendingTick> claim(TickSchedule schedule, Fence fence, Instant now) {
		Instant due = schedule.slots().latestAtOrBefore(now);
		if (due == null) {
			return Optional.empty();
		}
		Instant last = this.repository.lastSlot(schedule.name()).block(TIMEOUT);
		if (last == null || !due.isAfter(last)) {
			return Optional.empty();
		}
		PendingTick tick = PendingTick.of(schedule.kind(), due, false, now);
		if (!Boolean.TRUE.equals(this.recorder.claim(fence, tick).block(TIMEOUT))) {
			return Optional.empty();
		}
		log.info("Recorded {} tick {} (tick {}, fencing token {})", schedule.kind().description(), due, tick.tickId(),
				fence.token());
		Instant previous = schedule.slots().latestAtOrBefore(due.minusMillis(1));
		if (previous != null && previous.isAfter(last)) {
			log.info("Caught up the {} schedule: the slots after {} up to {} were missed, only {} is emitted"
					+ " (tick {})", schedule.kind().description(), last, previous, due, tick.tickId());
		}
		return Optional.of(tick);
	}

}
