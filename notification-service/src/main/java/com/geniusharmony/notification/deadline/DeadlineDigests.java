package com.geniusharmony.notification.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.geniusharmony.notification.notification.NotificationMetrics;
import com.geniusharmony.notification.notification.NotificationType;
import com.geniusharmony.support.schedule.RepeatingJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Sends the daily deadline digest: once the configured local time has come, the day's
 * reminders of each user who takes the digest become one {@code deadline_digest}
 * notification. Every replica looks every interval; the digest's key (the user and the
 * day) makes a second run, on any replica or after a restart, write nothing, and the
 * recorded run saves the others the work. A replica that starts after the time sends the
 * day's digests then.
 */
@Component
class DeadlineDigests extends RepeatingJob {

	private static final Logger log = LoggerFactory.getLogger(DeadlineDigests.class);

	private final DeadlineCheckRepository repository;

	private final NotificationMetrics notifications;

	private final DeadlineProperties properties;

	DeadlineDigests(DeadlineCheckRepository repository, NotificationMetrics notifications,
			DeadlineProperties properties) {
		super(properties.digestCheckInterval(), properties.digestCheckInterval());
		this.repository = repository;
		this.notifications = notifications;
		this.properties = properties;
	}

	/**
	 * Sends the digests of the day of an instant, if its digest time has come and they
	 * were not sent yet.
	 * @param now the instant
	 * @return how many were created (0 when none were due)
	 */
	Mono<Long> sendIfDue(Instant now) {
		ZonedDateTime local = now.atZone(this.properties.timeZone());
		if (local.toLocalTime().isBefore(this.properties.digestTime())) {
			return Mono.just(0L);
		}
		LocalDate today = local.toLocalDate();
		return this.repository.digestRunRecorded(today).flatMap((sent) -> sent ? Mono.just(0L) : send(today));
	}

	/**
	 * Sends a day's digests that do not exist yet.
	 * @param today the day
	 * @return how many were created
	 */
	Mono<Long> send(LocalDate today) {
		return this.repository.createDigests(today)
			.flatMap((created) -> this.repository.recordDigestRun(today, created).thenReturn(created))
			.doOnNext((created) -> {
				this.notifications.created(NotificationType.DEADLINE_DIGEST, created);
				log.info("Deadline digest for {} created {} notifications", today, created);
			});
	}

	@Override
	protected Mono<Long> runOnce() {
		return sendIfDue(Instant.now());
	}

	@Override
	protected void failed(Throwable failure) {
		log.warn("The deadline digest failed; the next check tries again: {}", failure.getMessage());
	}

}
