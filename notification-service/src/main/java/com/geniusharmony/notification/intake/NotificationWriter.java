package com.geniusharmony.notification.intake;

import java.time.Duration;
import java.util.List;

import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.stereotype.Component;

/**
 * Stores the notifications of one event before the listener acknowledges it, so that a
 * failure is retried by the shared error handler.
 */
@Component
class NotificationWriter {

	private static final Logger log = LoggerFactory.getLogger(NotificationWriter.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final NotificationService notifications;

	NotificationWriter(NotificationService notifications) {
		this.notifications = notifications;
	}

	void store(String eventId, List<NewNotification> batch) {
		Long created = Flux.fromIterable(batch)
			.concatMap(this.notifications::create)
			.filter(Boolean::booleanValue)
			.count()
			.block(TIMEOUT);
		log.debug("Event {} made {} new notifications of {}", eventId, created, batch.size());
	}

}
