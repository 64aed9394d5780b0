package com.geniusharmony.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.notification.notification.NotificationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Handles a deadline tick once: a tick older than the configured age, or not newer than
 * the last one handled for its schedule (a duplicate, or stale), is skipped. Otherwise
 * the tick is claimed and the day's reminders written in one transaction, "today" being
 * the tick's scheduled instant read in the configured time zone.
 */
@Service
class DeadlineTicks {

	private static final Logger log = LoggerFactory.getLogger(DeadlineTicks.class);

	private final DeadlineCheckRepository repository;

	private final TransactionalOperator transactional;

	private final NotificationMetrics notifications;

	private final Timer checkTimer;

	private final DeadlineProperties properties;

	DeadlineTicks(DeadlineCheckRepository repository, TransactionalOperator transactional,
			NotificationMetrics notifications, MeterRegistry meters, DeadlineProperties properties) {
		this.repository = repository;
		this.transactional = transactional;
		this.notifications = notifications;
		this.checkTimer = Timer.builder("harmony.notifications.deadline.check")
			.description("Time a deadline check takes to write the reminders of a tick")
			.register(meters);
		this.properties = properties;
	}

	/**
	 * Handles a tick.
	 * @param tick the tick
	 * @param receivedAt when it arrived, to tell how old it is
	 * @return what the check wrote, or empty if the tick was skipped
	 */
	Mono<DeadlineCheckResult> handle(DeadlineTick tick, Instant receivedAt) {
		if (tick.scheduledAt().isBefore(receivedAt.minus(this.properties.tickMaxAge()))) {
			log.warn("Deadline tick {} of {} scheduled at {} is older than {} and is skipped", tick.tickId(),
					tick.scheduleName(), tick.scheduledAt(), this.properties.tickMaxAge());
			return Mono.empty();
		}
		LocalDate today = today(tick.scheduledAt());
		Mono<DeadlineCheckResult> claimAndCheck = this.repository.claim(tick.scheduleName(), tick.scheduledAt())
			.flatMap((claimed) -> {
				if (!claimed) {
					log.info("Deadline tick {} of {} scheduled at {} was handled already, or a later one was; skipped",
							tick.tickId(), tick.scheduleName(), tick.scheduledAt());
					return Mono.empty();
				}
				return check(today);
			});
		return this.transactional.transactional(claimAndCheck).doOnNext((result) -> {
			result.created().forEach(this.notifications::created);
			log.info("Deadline check for {} (tick {} of {} at {}) created {} notifications: {}", today, tick.tickId(),
					tick.scheduleName(), tick.scheduledAt(), result.total(), result.summary());
		});
	}

	/**
	 * Writes the reminders due on a day, timed.
	 * @param today the day
	 * @return what was written
	 */
	Mono<DeadlineCheckResult> check(LocalDate today) {
		return Mono.defer(() -> {
			long started = System.nanoTime();
			return this.repository.createDue(today)
				.map((created) -> new DeadlineCheckResult(today, created))
				.doOnSuccess((result) -> this.checkTimer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
		});
	}

	LocalDate today(Instant scheduledAt) {
		return LocalDate.ofInstant(scheduledAt, this.properties.timeZone());
	}

}
