package com.geniusharmony.scheduler.tick;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.scheduler.SchedulerDatabase;
import com.geniusharmony.support.kafka.EventRecords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move of the ticks to the shared outbox: a tick recorded but not sent before the
 * upgrade is published after it, with the same bytes, so with the same event id.
 */
class OutboxMigrationIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Test
	void movesTheUnsentTicksIntoTheOutboxWithTheirBytes() {
		try (SchedulerDatabase database = SchedulerDatabase.createAt("1")) {
			Instant slot = Instant.parse("2026-11-24T10:00:00Z");
			PendingTick sent = PendingTick.of(TickKind.DEADLINE_CHECK, slot, false, slot);
			PendingTick unsent = PendingTick.of(TickKind.ODOO_SYNC_SWEEP, slot, false, slot);
			insertVersion1Tick(database, sent, true);
			insertVersion1Tick(database, unsent, false);

			database.migrate("latest");

			List<byte[]> payloads = database.client()
				.sql("select payload from outbox where event_id = :id and topic = 'TICKS'"
						+ " and aggregate_id = :key and aggregate_version = :version and event_type = :type")
				.bind("id", unsent.event().eventId())
				.bind("key", unsent.event().key())
				.bind("version", unsent.event().aggregateVersion())
				.bind("type", unsent.event().type().wireName())
				.map((row) -> row.get(0, byte[].class))
				.all()
				.collectList()
				.block(TIMEOUT);
			assertThat(payloads).singleElement().isEqualTo(EventRecords.write(unsent.event()));
			assertThat(database.outboxTicks()).extracting((tick) -> tick.tickId()).containsExactly(unsent.tickId());
			List<UUID> eventIds = database.client()
				.sql("select event_id from tick order by schedule_name")
				.map((row) -> row.get(0, UUID.class))
				.all()
				.collectList()
				.block(TIMEOUT);
			assertThat(eventIds).containsExactly(unsent.event().eventId(), sent.event().eventId());
		}
	}

	private static void insertVersion1Tick(SchedulerDatabase database, PendingTick tick, boolean sent) {
		EventEnvelope event = tick.event();
		database.client()
			.sql("insert into tick (tick_id, schedule_name, scheduled_at, manual, payload, sent_at)"
					+ " values (:id, :name, :at, false, :payload, " + (sent ? "clock_timestamp()" : "null") + ")")
			.bind("id", tick.tickId())
			.bind("name", tick.scheduleName())
			.bind("at", OffsetDateTime.ofInstant(tick.scheduledAt(), ZoneOffset.UTC))
			.bind("payload", EventRecords.write(event))
			.fetch()
			.rowsUpdated()
			.block(TIMEOUT);
	}

}
