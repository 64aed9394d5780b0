package com.geniusharmony.odoosync.state;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Counts the entities per kind and status, and measures the lag: the age of the oldest
 * change Odoo does not have yet among those the sync is still working on (pending or
 * failed). Parked entities wait for an operator and are counted apart, so that one of
 * them does not hide the lag of the others.
 */
@Component
public class SyncStatistics {

	private static final String COUNTS = "select kind, status, count(*) as entities from sync_entity group by kind, status";

	private static final String LAG = """
			select coalesce(extract(epoch from now() - min(pending_since)) * 1000, 0) as lag_millis
			from sync_entity where status in ('pending', 'failed')""";

	private final DatabaseClient database;

	SyncStatistics(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Counts the entities and measures the lag now.
	 * @return the counts
	 */
	public Mono<SyncCounts> counts() {
		Mono<Map<EntityKind, Map<SyncStatus, Long>>> counts = this.database.sql(COUNTS)
			.map((row) -> new Object[] { row.get("kind", String.class), row.get("status", String.class),
					row.get("entities", Long.class) })
			.all()
			.collect(() -> new EnumMap<EntityKind, Map<SyncStatus, Long>>(EntityKind.class), (map, row) -> {
				EntityKind kind = EntityKinds.fromWireName((String) row[0]).orElseThrow();
				SyncStatus status = SyncStatus.fromWireName((String) row[1]).orElseThrow();
				map.computeIfAbsent(kind, (key) -> new EnumMap<>(SyncStatus.class)).put(status, (Long) row[2]);
			});
		Mono<Duration> lag = this.database.sql(LAG)
			.map((row) -> Duration.ofMillis(Math.max(0, row.get("lag_millis", Number.class).longValue())))
			.one();
		return Mono.zip(counts, lag, SyncCounts::new);
	}

}
