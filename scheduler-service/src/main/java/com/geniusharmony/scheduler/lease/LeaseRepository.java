package com.geniusharmony.scheduler.lease;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The {@code lease} table. Every change is one conditional statement, so two replicas
 * racing for the same row are serialised by its row lock and only one of them wins.
 */
class LeaseRepository {

	private final DatabaseClient database;

	private final LeaseTime time;

	LeaseRepository(DatabaseClient database, LeaseTime time) {
		this.database = database;
		this.time = time;
	}

	/**
	 * Takes the lease if it is free, expired, or was this holder's, with a token one
	 * above the last one given.
	 * @return the new fencing token, or empty when another holder has it
	 */
	Mono<Long> acquire(String name, String holder, Duration duration) {
		String now = this.time.sql("now");
		String sql = "insert into lease (name, holder, fencing_token, expires_at)" + " values (:name, :holder, 1, "
				+ now + " + make_interval(secs => :seconds))"
				+ " on conflict (name) do update set holder = excluded.holder,"
				+ " fencing_token = lease.fencing_token + 1, expires_at = excluded.expires_at"
				+ " where lease.expires_at <= " + now + " or lease.holder is null or lease.holder = excluded.holder"
				+ " returning fencing_token";
		return bind(this.database.sql(sql)).bind("name", name)
			.bind("holder", holder)
			.bind("seconds", seconds(duration))
			.map((row) -> row.get("fencing_token", Long.class))
			.one();
	}

	/**
	 * Extends the lease held with this token, unless it expired or went to another
	 * holder.
	 * @return whether it was extended
	 */
	Mono<Boolean> renew(Fence fence, Duration duration) {
		String now = this.time.sql("now");
		String sql = "update lease set expires_at = " + now + " + make_interval(secs => :seconds)"
				+ " where name = :name and holder = :holder and fencing_token = :token and expires_at > " + now;
		return bind(this.database.sql(sql)).bind("name", fence.lease())
			.bind("holder", fence.holder())
			.bind("token", fence.token())
			.bind("seconds", seconds(duration))
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	/**
	 * Gives the lease up, so that a follower takes it without waiting for it to expire.
	 * @return whether this fence still held it
	 */
	Mono<Boolean> release(Fence fence) {
		String sql = "update lease set holder = null, expires_at = " + this.time.sql("now")
				+ " where name = :name and holder = :holder and fencing_token = :token";
		return bind(this.database.sql(sql)).bind("name", fence.lease())
			.bind("holder", fence.holder())
			.bind("token", fence.token())
			.fetch()
			.rowsUpdated()
			.map((count) -> count == 1);
	}

	/**
	 * The current holder and token of a lease, if it is held and unexpired.
	 */
	Mono<LeaseHolder> holder(String name) {
		String sql = "select holder, fencing_token from lease where name = :name and holder is not null"
				+ " and expires_at > " + this.time.sql("now");
		return bind(this.database.sql(sql)).bind("name", name)
			.map((row) -> new LeaseHolder(row.get("holder", String.class), row.get("fencing_token", Long.class)))
			.one();
	}

	private GenericExecuteSpec bind(GenericExecuteSpec spec) {
		return this.time.bind(spec, "now");
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

}
