package com.geniusharmony.notification.retention;

import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.notification.notification.NotificationService;
import com.geniusharmony.support.schedule.RepeatingJob;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Deletes read notifications past their age every interval, on every replica; replicas
 * running at once share the work (see
 * {@link NotificationService#deleteReadCreatedBefore}). A failed run is logged and the
 * next one tries again.
 */
@Component
class RetentionJob extends RepeatingJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final Duration FIRST_RUN = Duration.ofMinutes(1);

	private final NotificationService notifications;

	private final RetentionProperties properties;

	private final Counter deleted;

	RetentionJob(NotificationService notifications, RetentionProperties properties, MeterRegistry meters) {
		super((properties.interval().compareTo(FIRST_RUN) < 0) ? properties.interval() : FIRST_RUN,
				properties.interval());
		this.notifications = notifications;
		this.properties = properties;
		this.deleted = Counter.builder("harmony.notifications.retention.deleted")
			.description("Read notifications deleted for their age")
			.register(meters);
	}

	/**
	 * Runs once.
	 * @param now the time the age is counted from
	 * @return how many notifications were deleted
	 */
	Mono<Long> run(Instant now) {
		Instant cutoff = now.minus(this.properties.readAge());
		return this.notifications.deleteReadCreatedBefore(cutoff, this.properties.batchSize()).doOnNext((count) -> {
			this.deleted.increment(count);
			if (count > 0) {
				log.info("Retention deleted {} read notifications created before {}", count, cutoff);
			}
		});
	}

	@Override
	protected Mono<Long> runOnce() {
		return run(Instant.now());
	}

	@Override
	protected void failed(Throwable failure) {
		log.warn("Retention of read notifications failed; the next run tries again: {}", failure.getMessage());
	}

}
