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
 * replica ran are caught up as one tick) and publish every recorded tick not sent yet.
 * Its methods block; the {@link TickLoop} calls them on its own thread.
 */
class TickEmitter {

	private static final Logger log = LoggerFactory.getLogger(TickEmitter.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final int PUBLISH_BATCH = 100;

	private final List<TickSchedule> schedules;

	private final Lease lease;

	private final TickRepository repository;

	private final TickPublisher publisher;

	private final Clock clock;

	TickEmitter(List<TickSchedule> schedules, Lease lease, TickRepository repository, TickPublisher publisher,
			Clock clock) {
		this.schedules = schedules;
		this.lease = lease;
		this.repository = repository;
		this.publisher = publisher;
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
	 * Refreshes the lease, then claims and publishes while leading.
	 */
	void evaluate() {
		this.lease.refresh().ifPresent((fence) -> {
			claimDue(fence);
			publishUnsent(fence);
		});
	}

	/**
	 * Claims the latest due slot of every schedule under a fence.
	 * @return the ticks this call recorded
	 */
	List<PendingTick> claimDue(Fence fence) {
		Instant now = this.clock.instant();
		return this.schedules.stream().flatMap((schedule) -> claim(schedule, fence, now).stream()).toList();
	}

	/**
	 * Publishes the recorded ticks not sent yet, whoever recorded them, while the fence
	 * holds; a failed send stays for the next call.
	 * @return how many were sent
	 */
	int publishUnsent(Fence fence) {
		List<PendingTick> unsent = this.repository.unsent(fence, PUBLISH_BATCH).block(TIMEOUT);
		int sent = 0;
		for (PendingTick tick : (unsent != null) ? unsent : List.<PendingTick>of()) {
			try {
				this.publisher.publish(tick).block(TIMEOUT);
				sent++;
				log.info("Emitted {} tick {} (tick {}, fencing token {})", tick.kind().description(),
						tick.scheduledAt(), tick.tickId(), fence.token());
			}
			catch (RuntimeException ex) {
				log.warn("Publishing {} tick {} (tick {}) failed, it will be sent again: {}", tick.kind().description(),
						tick.scheduledAt(), tick.tickId(), ex.getMessage());
				break;
			}
		}
		return sent;
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
		PendingTick tick = TickPublisher.create(schedule.kind(), due, false, now);
		if (!Boolean.TRUE.equals(this.repository.claim(fence, tick).block(TIMEOUT))) {
			return Optional.empty();
		}
		Instant previous = schedule.slots().latestAtOrBefore(due.minusMillis(1));
		if (previous != null && previous.isAfter(last)) {
			log.info("Caught up the {} schedule: the slots after {} up to {} were missed, only {} is emitted"
					+ " (tick {})", schedule.kind().description(), last, previous, due, tick.tickId());
		}
		return Optional.of(tick);
	}

}
