package com.geniusharmony.scheduler.lease;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The clock that decides whether a lease has expired: the database's in production, so
 * that replicas whose clocks drift apart still agree; a given clock in tests that move
 * time by hand.
 */
public final class LeaseTime {

	private final @Nullable Clock clock;

	private LeaseTime(@Nullable Clock clock) {
		this.clock = clock;
	}

	/**
	 * The database's clock ({@code clock_timestamp()}).
	 * @return the lease time of production
	 */
	public static LeaseTime database() {
		return new LeaseTime(null);
	}

	/**
	 * A clock of the caller's.
	 * @param clock the clock
	 * @return a lease time that reads it
	 */
	public static LeaseTime of(Clock clock) {
		return new LeaseTime(clock);
	}

	/**
	 * The SQL expression of the current instant.
	 * @param parameter the name of the parameter {@link #bind} binds, when one is needed
	 * @return the expression
	 */
	String sql(String parameter) {
		return (this.clock != null) ? "cast(:" + parameter + " as timestamptz)" : "clock_timestamp()";
	}

	GenericExecuteSpec bind(GenericExecuteSpec spec, String parameter) {
		if (this.clock == null) {
			return spec;
		}
		return spec.bind(parameter, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
	}

	@Override
	public String toString() {
		return (this.clock != null) ? "LeaseTime[" + this.clock + "]" : "LeaseTime[database]";
	}

}
