package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.Topic;
import com.geniusharmony.support.outbox.OutboxRow;
import com.geniusharmony.support.outbox.PublishedEventsListener;

/**
 * Marks the ticks the broker acknowledged as sent, and counts them, when this replica's
 * relay published them.
 */
class SentTicks implements PublishedEventsListener {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final TickRepository repository;

	private final TickMetrics metrics;

	SentTicks(TickRepository repository, TickMetrics metrics) {
		this.repository = repository;
		this.metrics = metrics;
	}

	@Override
	public void published(List<OutboxRow> rows) {
		List<UUID> eventIds = rows.stream()
			.filter((row) -> Topic.TICKS.name().equals(row.topic()))
			.map(OutboxRow::eventId)
			.toList();
		if (eventIds.isEmpty()) {
			return;
		}
		List<TickRepository.SentTick> sent = this.repository.markSent(eventIds).collectList().block(TIMEOUT);
		if (sent != null) {
			sent.forEach(this.metrics::emitted);
		}
	}

}
