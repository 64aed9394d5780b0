package com.geniusharmony.odoosync.intake;

import java.time.Duration;

import com.geniusharmony.support.kafka.EventBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records the state every user, project and task event carries before acknowledging it, a
 * poll's events in one statement; a duplicate or older version than the one recorded
 * changes nothing. Writing to Odoo happens later, in batches, so a slow or absent Odoo
 * never holds the consumer back.
 */
@Component
class ChangeListener {

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final SyncIntake intake;

	ChangeListener(SyncIntake intake) {
		this.intake = intake;
	}

	@KafkaListener(id = "odoo-sync-changes", idIsGroup = false, concurrency = "3",
			topics = { "${harmony.topics.users}", "${harmony.topics.projects}", "${harmony.topics.tasks}" },
			batch = "true", properties = "max.poll.records=2000")
	void on(EventBatch batch) {
		batch.handle((events) -> {
			Long recorded = this.intake.record(events).block(TIMEOUT);
			log.debug("{} events recorded {} changes to sync", events.size(), recorded);
		});
	}

}
