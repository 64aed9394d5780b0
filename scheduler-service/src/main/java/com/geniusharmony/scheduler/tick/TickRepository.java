package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.scheduler.lease.Fence;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code schedule} and {@code tick} tables. A slot is claimed and its tick recorded
 * in one statement that also checks the fence, so a replica whose lease is gone records
 * nothing, and no slot is recorded twice. The tick's event goes to the outbox in the same
 * transaction ({@link TickRecorder}).
 */
class TickRepository {

	/** How long a manual tick is left to the replica that took the request. */
	private static final String MANUAL_GRACE = "interval '10 seconds'";

	private final DatabaseClient database;

	TickRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Creates the schedule's row on first start, from its latest slot: a new schedule
	 * starts with its next slot instead of one from before it existed.
	 */
	Mono<Long> ensureSchedule(String name, @Nullable Instant initialSlot) {
		DatabaseClient.GenericExecuteSpec spec = this.database
			.sql("insert into schedule (name, last_slot) values (:name, :slot) on conflict (name) do nothing")
			.bind("name", name);
		spec = (initialSlot != null) ? spec.bind("slot", utc(initialSlot))
				: spec.bindNull("slot", OffsetDateTime.class);
		return spec.fetch().rowsUpdated();
	}

	Mono<Instant> lastSlot(String name) {
		return this.database.sql("select last_slot from schedule where name = :name").bind("name", name).map((row) -> {
			OffsetDateTime slot = row.get("last_slot", OffsetDateTime.class);
			return (slot != null) ? slot.toInstant() : Instant.EPOCH;
		}).one();
	}

	/**
	 * Moves the schedule to a later slot and records its tick, if the slot is later than
	 * the last one and the fence still holds.
	 * @return whether this call won the slot
	 */
	Mono<Boolean> claim(Fence fence, PendingTick tick) {
		String sql = "with won as (update schedule set last_slot = :slot where name = :name"
				+ " and (last_slot is null or last_slot < :slot) and " + fence.condition() + " returning name)"
				+ " insert into tick (tick_id, schedule_name, scheduled_at, manual, fencing_token, event_id)"
				+ " select :tick_id, name, :slot, false, :fence_token, :event_id from won";
		return fence.bind(this.database.sql(sql))
			.bind("slot", utc(tick.scheduledAt()))
			.bind("name", tick.scheduleName())
			.bind("tick_id", tick.tickId())
			.bind("event_id", tick.event().eventId())
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	/**
	 * Records a tick fired by hand; it claims no slot.
	 */
	Mono<Long> insertManual(PendingTick tick) {
		return this.database
			.sql("insert into tick (tick_id, schedule_name, scheduled_at, manual, event_id)"
					+ " values (:tick_id, :name, :at, true, :event_id)")
			.bind("tick_id", tick.tickId())
			.bind("name", tick.scheduleName())
			.bind("at", utc(tick.scheduledAt()))
			.bind("event_id", tick.event().eventId())
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Marks the ticks of these events sent, once each.
	 * @return the ticks marked now
	 */
	Flux<SentTick> markSent(List<UUID> eventIds) {
		return this.database
			.sql("update tick set sent_at = clock_timestamp() where event_id = any(:ids) and sent_at is null"
					+ " returning schedule_name, scheduled_at, manual")
			.bind("ids", eventIds.toArray(UUID[]::new))
			.map((row) -> new SentTick(TickKind.of(row.get("schedule_name", String.class)),
					row.get("scheduled_at", OffsetDateTime.class).toInstant(), row.get("manual", Boolean.class)))
			.all();
	}

	Mono<Boolean> isSent(UUID tickId) {
		return this.database.sql("select sent_at is not null from tick where tick_id = :id")
			.bind("id", tickId)
			.map((row) -> row.get(0, Boolean.class))
			.one()
			.defaultIfEmpty(false);
	}

	/**
	 * Deletes the ticks older than the retention: sent, or recorded and left to the
	 * outbox.
	 */
	Mono<Long> deleteSentBefore(Duration retention) {
		return this.database
			.sql("delete from tick where coalesce(sent_at, created_at) < clock_timestamp()"
					+ " - make_interval(secs => :seconds)")
			.bind("seconds", (double) retention.toSeconds())
			.fetch()
			.rowsUpdated();
	}

	/**
	 * Per schedule: its last regular slot, and the last tick the broker took and the last
	 * one fired by hand, among the ticks kept.
	 */
	Flux<ScheduleStatus> schedules() {
		return this.database
			.sql("select s.name, s.last_slot, max(t.sent_at) as last_sent_at,"
					+ " max(t.scheduled_at) filter (where t.manual) as last_manual_at"
					+ " from schedule s left join tick t on t.schedule_name = s.name"
					+ " group by s.name, s.last_slot order by s.name")
			.map((row) -> new ScheduleStatus(row.get("name", String.class),
					instant(row.get("last_slot", OffsetDateTime.class)),
					instant(row.get("last_sent_at", OffsetDateTime.class)),
					instant(row.get("last_manual_at", OffsetDateTime.class))))
			.all();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * A tick the broker acknowledged.
	 *
	 * @param kind its schedule
	 * @param scheduledAt its scheduled instant
	 * @param manual whether an administrator fired it
	 */
	record SentTick(TickKind kind, Instant scheduledAt, boolean manual) {

	}

}
