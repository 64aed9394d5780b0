package com.geniusharmony.scheduler.tick;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.tick.Tick;

/**
 * The two schedules, by the names their ticks carry.
 */
enum TickKind {

	DEADLINE_CHECK("check_deadline_notifications", "deadline check"),

	ODOO_SYNC_SWEEP("batch_sync_odoo_pending", "Odoo sync sweep");

	private final String scheduleName;

	private final String description;

	TickKind(String scheduleName, String description) {
		this.scheduleName = scheduleName;
		this.description = description;
	}

	String scheduleName() {
		return this.scheduleName;
	}

	/**
	 * The words logs use for it, such as {@code deadline check}.
	 */
	String description() {
		return this.description;
	}

	Tick tick(Instant scheduledAt, UUID tickId) {
		return switch (this) {
			case DEADLINE_CHECK -> new DeadlineTick(this.scheduleName, scheduledAt, tickId);
			case ODOO_SYNC_SWEEP -> new SyncSweepTick(this.scheduleName, scheduledAt, tickId);
		};
	}

	static TickKind of(String scheduleName) {
		return Arrays.stream(values())
			.filter((kind) -> kind.scheduleName.equals(scheduleName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown schedule " + scheduleName));
	}

}
