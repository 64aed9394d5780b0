package com.geniusharmony.odoosync.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code sweep_tick} table: the last scheduled instant handled per schedule.
 */
@Component
class SweepTickRepository {

	private static final String CLAIM = """
			insert into sweep_tick (schedule_name, last_scheduled_at) values (:schedule, :scheduledAt)
			on conflict (schedule_name) do update set last_scheduled_at = excluded.last_scheduled_at
			where sweep_tick.last_scheduled_at < excluded.last_scheduled_at""";

	private final DatabaseClient database;

	SweepTickRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records a tick as handled, unless it or a later one of its schedule already was.
	 * @return whether this is the first time
	 */
	Mono<Boolean> firstTime(String schedule, Instant scheduledAt) {
		return this.database.sql(CLAIM)
			.bind("schedule", schedule)
			.bind("scheduledAt", OffsetDateTime.ofInstant(scheduledAt, ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

}
