package com.geniusharmony.notification.notification;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code harmony.notifications.issued{type}}: notifications stored, whichever feature
 * made them. Every type is registered at start-up, so that dashboards show a zero rather
 * than nothing.
 */
@Component
public class NotificationMetrics {

	private final Map<NotificationType, Counter> created = new EnumMap<>(NotificationType.class);

	NotificationMetrics(MeterRegistry meters) {
		for (NotificationType type : NotificationType.values()) {
			this.created.put(type,
					Counter.builder("harmony.notifications.issued")
						.description("Notifications stored, by type")
						.tag("type", type.wireName())
						.register(meters));
		}
	}

	/**
	 * Counts stored notifications.
	 * @param type their type
	 * @param count how many were stored
	 */
	public void created(NotificationType type, long count) {
		if (count > 0) {
			this.created.get(type).increment(count);
		}
	}

}
