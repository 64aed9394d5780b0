package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.tick.DeadlineTick;
import com.geniusharmony.events.tick.SyncSweepTick;
import com.geniusharmony.events.tick.Tick;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of ticks, v1: {@code {"schedule_name", "scheduled_at", "tick_id"}}.
 */
final class TickFormats {

	private TickFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.DEADLINE_TICK, 1, DeadlineTick.class, TickFormats::write,
				(data) -> new DeadlineTick(data.nonEmptyText("schedule_name"), data.instant("scheduled_at"),
						data.uuid("tick_id")));
		formats.current(EventType.SYNC_SWEEP_TICK, 1, SyncSweepTick.class, TickFormats::write,
				(data) -> new SyncSweepTick(data.nonEmptyText("schedule_name"), data.instant("scheduled_at"),
						data.uuid("tick_id")));
	}

	private static void write(Tick tick, ObjectNode data) {
		data.put("schedule_name", tick.scheduleName());
		data.put("scheduled_at", tick.scheduledAt().toString());
		data.put("tick_id", tick.tickId().toString());
	}

}
