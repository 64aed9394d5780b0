package com.geniusharmony.odoosync.pull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import com.geniusharmony.odoosync.config.SyncProperties;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code odoo_pull} rows: per Odoo model, the cursor (the latest {@code write_date} a
 * completed poll read, and the id of the last record the current or last poll recorded)
 * and the lease that keeps each model's poll to one instance at a time. A poll is due
 * once the interval has passed since the last one completed, or when a webhook asked for
 * one since the last one started. A lease is taken only when free or lapsed, even by its
 * own instance, so that a webhook's poll and the timer's never run one model at once.
 * Every write of a poll is fenced by its lease.
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

	private static final String PROGRESS = """
			update odoo_pull set cursor_id = :id, lease_until = now() + make_interval(secs => :leaseSeconds)
			where model = :model and lease_owner = :instance and lease_until > now()""";

	private static final String COMPLETE = """
			update odoo_pull
			set last_completed_at = now(), lease_owner = null, lease_until = null,
				cursor_write_date = greatest(cursor_write_date, cast(:writeDate as timestamp))
			where model = :model and lease_owner = :instance""";

	private final DatabaseClient database;

	private final String instance;

	PullCursors(DatabaseClient database, SyncProperties properties) {
		this.database = database;
		this.instance = properties.instanceId();
	}

	/**
	 * Takes a model's poll if it is due and no other instance has it.
	 * @return the cursor, or empty if the poll is not this instance's to run
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
	 * Records how far a poll has read (the id of its last record recorded) and renews its
	 * lease.
	 */
	Mono<Void> progress(String model, long lastId, Duration lease) {
		return this.database.sql(PROGRESS)
			.bind("model", model)
			.bind("instance", this.instance)
			.bind("id", lastId)
			.bind("leaseSeconds", seconds(lease))
			.then();
	}

	/**
	 * Ends a poll and moves the cursor forward (never back) to the latest
	 * {@code write_date} it read.
	 * @param latest the latest {@code write_date} read, or {@code null} to leave the
	 * cursor where it is (nothing read, or a poll that stopped early and must read its
	 * window again)
	 */
	Mono<Void> complete(String model, @Nullable LocalDateTime latest) {
		return this.database.sql(COMPLETE)
			.bind("model", model)
			.bind("instance", this.instance)
			.bind("writeDate", Parameters.in(R2dbcType.TIMESTAMP, latest))
			.then();
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
	 * @param writeDate the latest {@code write_date} (UTC) a completed poll read,
	 * {@code null} before the first one
	 * @param id the id of the last record the current or last poll recorded
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
