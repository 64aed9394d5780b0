package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.scheduler.lease.Fence;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The {@code schedule} and {@code tick} tables. A slot is claimed and its tick recorded
 * in one statement that also checks the fence, so a replica whose lease is gone records
 * nothing, and no slot is recorded twice.
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
				+ " insert into tick (tick_id, schedule_name, scheduled_at, manual, fencing_token, payload)"
				+ " select :tick_id, name, :slot, false, :fence_token, :payload from won";
		return fence.bind(this.database.sql(sql))
			.bind("slot", utc(tick.scheduledAt()))
			.bind("name", tick.scheduleName())
			.bind("tick_id", tick.tickId())
			.bind("payload", tick.payload())
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	/**
	 * Records a tick fired by hand; it claims no slot.
	 */
	Mono<Long> insertManual(PendingTick tick) {
		return this.database
			.sql("insert into tick (tick_id, schedule_name, scheduled_at, manual, payload)"
					+ " values (:tick_id, :name, :at, true, :payload)")
			.bind("tick_id", tick.tickId())
			.bind("name", tick.scheduleName())
			.bind("at", utc(tick.scheduledAt()))
			.bind("payload", tick.payload())
			.fetch()
			.rowsUpdated();
	}

	/**
	 * The ticks not sent yet, oldest slot first, while the fence holds; a manual tick
	 * only once its own replica had time to send it.
	 */
	Mono<List<PendingTick>> unsent(Fence fence, int limit) {
		String sql = "select tick_id, schedule_name, scheduled_at, manual, payload from tick where sent_at is null"
				+ " and (not manual or created_at < clock_timestamp() - " + MANUAL_GRACE + ") and " + fence.condition()
				+ " order by scheduled_at, created_at limit :limit";
		return fence.bind(this.database.sql(sql)).bind("limit", limit).map(TickRepository::pending).all().collectList();
	}

	Mono<Long> markSent(UUID tickId) {
		return this.database.sql("update tick set sent_at = clock_timestamp() where tick_id = :id and sent_at is null")
			.bind("id", tickId)
			.fetch()
			.rowsUpdated();
	}

	Mono<Long> deleteSentBefore(Duration retention) {
		return this.database.sql("delete from tick where sent_at < clock_timestamp() - make_interval(secs => :seconds)")
			.bind("seconds", (double) retention.toSeconds())
			.fetch()
			.rowsUpdated();
	}

	private static PendingTick pending(Readable row) {
		return new PendingTick(row.get("tick_id", UUID.class), row.get("schedule_name", String.class),
				row.get("scheduled_at", OffsetDateTime.class).toInstant(), row.get("manual", Boolean.class),
				row.get("payload", byte[].class));
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
