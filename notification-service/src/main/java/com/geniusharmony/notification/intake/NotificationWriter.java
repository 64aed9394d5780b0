package com.geniusharmony.notification.intake;

import java.time.Duration;
import java.util.List;

import com.geniusharmony.notification.notification.NewNotification;
import com.geniusharmony.notification.notification.NotificationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Stores the notifications of a poll's events, in one statement, before the listener
 * acknowledges them, so that a failure is retried by the shared error handler.
 */
@Component
class NotificationWriter {

	private static final Logger log = LoggerFactory.getLogger(NotificationWriter.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final NotificationService notifications;

	NotificationWriter(NotificationService notifications) {
		this.notifications = notifications;
	}

	void store(List<NewNotification> batch) {
		if (batch.isEmpty()) {
			return;
		}
		Long created = this.notifications.create(batch).block(TIMEOUT);
		log.debug("{} new notifications of {}", created, batch.size());
	}

}
