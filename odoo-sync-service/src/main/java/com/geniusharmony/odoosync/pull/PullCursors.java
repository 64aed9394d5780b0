package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import com.geniusharmony.odoosync.config.SyncProperties;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code odoo_pull} rows: per Odoo model, the cursor and the lease that keeps each
 * model's poll to one instance at a time. A poll is due once the interval has passed
 * since the last one completed, or when a webhook asked for one since the last one
 * started. A lease is taken only when free or lapsed, even by its own instance, so that a
 * webhook's poll and the timer's never run one model at once. Every write of a poll is
 * fenced by its lease.
 */
@Component
class PullCursors {

	private static final String LEASE = """
			update odoo_pull
			set lease_owner = :instance, lease_until = now() + make_interval(secs => :leaseSeconds),
				last_started_at = now()
			where model = :model
				and (lease_until is null or lease_until <= now())
				and (last_completed_at is null or last_completed_at <= now() - make_interval(secs => :intervalSeconds)
					or requested_at >= last_started_at)
			returning cursor_write_date, cursor_id""";

	private static final String ADVANCE = """
			update odoo_pull
			set cursor_write_date = :writeDate, cursor_id = :id,
				lease_until = now() + make_interval(secs => :leaseSeconds)
			where model = :model and lease_owner = :instance and lease_until > now()
				and (cursor_write_date is null or (cursor_write_date, cursor_id) < (:writeDate, :id))""";

	private static final String COMPLETE = """
			update odoo_pull set last_completed_at = now(), lease_owner = null, lease_until = null
			where model = :model and lease_owner = :instance""";

	private final DatabaseClient database;

	private final String instance;

	PullCursors(DatabaseClient database, SyncProperties properties) {
		this.database = database;
		this.instance = properties.instanceId();
	}

	/**
	 * Takes a model's poll if it is due and no other instance has it.
	 * @return the cursor to start from, or empty if the poll is not this instance's to
	 * run
	 */
	Mono<Cursor> lease(String model, Duration interval, Duration lease) {
		return this.database.sql(LEASE)
			.bind("model", model)
			.bind("instance", this.instance)
			.bind("leaseSeconds", seconds(lease))
			.bind("intervalSeconds", seconds(interval))
			.map((row) -> new Cursor(row.get("cursor_write_date", LocalDateTime.class),
					row.get("cursor_id", Long.class)))
			.one();
	}

	/**
	 * Moves a model's cursor forward (never back) and renews the lease.
	 */
	Mono<Void> advance(String model, Cursor cursor, Duration lease) {
		if (cursor.writeDate() == null) {
			return Mono.empty();
		}
		return this.database.sql(ADVANCE)
			.bind("model", model)
			.bind("instance", this.instance)
			.bind("writeDate", cursor.writeDate())
			.bind("id", cursor.id())
			.bind("leaseSeconds", seconds(lease))
			.then();
	}

	Mono<Void> complete(String model) {
		return this.database.sql(COMPLETE).bind("model", model).bind("instance", this.instance).then();
	}

	/**
	 * Gives a poll that failed back, so that the next instance due may run it.
	 */
	Mono<Void> release(String model) {
		return this.database
			.sql("update odoo_pull set lease_owner = null, lease_until = null"
					+ " where model = :model and lease_owner = :instance")
			.bind("model", model)
			.bind("instance", this.instance)
			.then();
	}

	/**
	 * Asks every instance for a poll of every model now.
	 */
	Mono<Void> request() {
		return this.database.sql("update odoo_pull set requested_at = now()").then();
	}

	/**
	 * Every model's cursor and the times of its polls.
	 */
	Mono<List<PullState>> states() {
		return this.database
			.sql("select model, cursor_write_date, cursor_id, lease_owner, last_completed_at from odoo_pull"
					+ " order by model")
			.map((row) -> new PullState(row.get("model", String.class),
					new Cursor(row.get("cursor_write_date", LocalDateTime.class), row.get("cursor_id", Long.class)),
					row.get("lease_owner", String.class), instant(row.get("last_completed_at", OffsetDateTime.class))))
			.all()
			.collectList();
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	/**
	 * Where a model's poll stands.
	 *
	 * @param writeDate the {@code write_date} (UTC) of the last record read, {@code null}
	 * before the first poll
	 * @param id the id of the last record read with that {@code write_date}
	 */
	record Cursor(@Nullable LocalDateTime writeDate, long id) {

	}

	/**
	 * A model's poll, for the status API and the metrics.
	 *
	 * @param model the Odoo model
	 * @param cursor its cursor
	 * @param polledBy the instance polling it now, or {@code null}
	 * @param lastCompletedAt when its last poll completed, or {@code null} if none has
	 */
	record PullState(String model, Cursor cursor, @Nullable String polledBy, @Nullable Instant lastCompletedAt) {

	}

}
