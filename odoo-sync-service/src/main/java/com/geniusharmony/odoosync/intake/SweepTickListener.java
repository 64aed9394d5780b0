package com.geniusharmony.odoosync.intake;

import java.time.Duration;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.tick.SyncSweepTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Runs a sweep for each sync sweep tick, once per scheduled instant however often the
 * tick is delivered; older ticks and other ticks are ignored.
 */
@Component
class SweepTickListener {

	private static final Logger log = LoggerFactory.getLogger(SweepTickListener.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final SweepTickRepository ticks;

	private final SyncIntake intake;

	SweepTickListener(SweepTickRepository ticks, SyncIntake intake) {
		this.ticks = ticks;
		this.intake = intake;
	}

	@KafkaListener(id = "odoo-sync-sweep", idIsGroup = false, topics = "${harmony.topics.ticks}")
	void on(EventEnvelope event) {
		if (!(event.payload() instanceof SyncSweepTick tick)) {
			return;
		}
		if (Boolean.TRUE.equals(this.ticks.firstTime(tick.scheduleName(), tick.scheduledAt()).block(TIMEOUT))) {
			log.debug("Sweeping for the {} tick of {}", tick.scheduleName(), tick.scheduledAt());
			this.intake.sweep().block(TIMEOUT);
		}
		else {
			log.debug("Skipping the {} tick of {}: already swept", tick.scheduleName(), tick.scheduledAt());
		}
	}

}
