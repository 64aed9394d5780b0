package com.geniusharmony.notification.snooze;

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
 * Brings back the snoozed notifications whose time has come, every interval, on every
 * replica; replicas running at once share the rows (see
 * {@link NotificationService#wakeSnoozed}). A failed run is logged and the next one tries
 * again.
 */
@Component
class SnoozeWakeJob extends RepeatingJob {

	private static final Logger log = LoggerFactory.getLogger(SnoozeWakeJob.class);

	private final NotificationService notifications;

	private final SnoozeProperties properties;

	private final Counter woken;

	SnoozeWakeJob(NotificationService notifications, SnoozeProperties properties, MeterRegistry meters) {
		super(properties.interval(), properties.interval());
		this.notifications = notifications;
		this.properties = properties;
		this.woken = Counter.builder("harmony.notifications.snooze.woken")
			.description("Snoozed notifications brought back to the inbox")
			.register(meters);
	}

	/**
	 * Runs once.
	 * @param now the time
	 * @return how many notifications came back
	 */
	Mono<Long> run(Instant now) {
		return this.notifications.wakeSnoozed(now, this.properties.batchSize()).doOnNext((count) -> {
			this.woken.increment(count);
			if (count > 0) {
				log.debug("{} snoozed notifications came back", count);
			}
		});
	}

	@Override
	protected Mono<Long> runOnce() {
		return run(Instant.now());
	}

	@Override
	protected void failed(Throwable failure) {
		log.warn("Bringing back snoozed notifications failed; the next run tries again: {}", failure.getMessage());
	}

}
