package com.geniusharmony.notification.retention;

import java.time.Duration;
import java.time.Instant;

import com.geniusharmony.notification.notification.NotificationService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Deletes read notifications past their age every interval, on every replica; replicas
 * running at once share the work (see
 * {@link NotificationService#deleteReadCreatedBefore}). A failed run is logged and the
 * next one tries again.
 */
@Component
class RetentionJob implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final Duration FIRST_RUN = Duration.ofMinutes(1);

	private final NotificationService notifications;

	private final RetentionProperties properties;

	private final Counter deleted;

	private volatile @Nullable Disposable schedule;

	RetentionJob(NotificationService notifications, RetentionProperties properties, MeterRegistry meters) {
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
	public void start() {
		Duration first = (this.properties.interval().compareTo(FIRST_RUN) < 0) ? this.properties.interval() : FIRST_RUN;
		this.schedule = Flux.interval(first, this.properties.interval())
			.onBackpressureDrop()
			.concatMap((tick) -> run(Instant.now()).onErrorResume((ex) -> {
				log.warn("Retention of read notifications failed; the next run tries again: {}", ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.schedule;
		this.schedule = null;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		return this.schedule != null;
	}

}
