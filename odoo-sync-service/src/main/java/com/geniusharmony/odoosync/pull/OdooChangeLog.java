package com.geniusharmony.odoosync.pull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code odoo_change} rows: what the poller found changed in Odoo, kept for
 * {@link #RETENTION_DAYS} days.
 */
@Component
public class OdooChangeLog {

	static final int RETENTION_DAYS = 30;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final DatabaseClient database;

	OdooChangeLog(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The latest changes found in Odoo, newest first.
	 * @param limit the most to return
	 * @return the changes
	 */
	public Mono<List<OdooChangeNote>> recent(int limit) {
		return this.database
			.sql("select kind, entity_id, odoo_model, odoo_id, odoo_write_date, detected_at, changes, conflicts,"
					+ " warnings from odoo_change order by detected_at desc, id desc limit :limit")
			.bind("limit", limit)
			.map((row) -> new OdooChangeNote(row.get("kind", String.class), row.get("entity_id", String.class),
					row.get("odoo_model", String.class), row.get("odoo_id", Long.class),
					row.get("odoo_write_date", OffsetDateTime.class).toInstant(),
					row.get("detected_at", OffsetDateTime.class).toInstant(), json(row.get("changes", Json.class)),
					json(row.get("conflicts", Json.class)), texts(json(row.get("warnings", Json.class)))))
			.all()
			.collectList();
	}

	/**
	 * Deletes the changes older than the retention.
	 */
	Mono<Long> prune() {
		return this.database.sql("delete from odoo_change where detected_at < now() - make_interval(days => :days)")
			.bind("days", RETENTION_DAYS)
			.fetch()
			.rowsUpdated();
	}

	private static JsonNode json(Json stored) {
		return MAPPER.readTree(stored.asArray());
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.valueStream().forEach((text) -> texts.add(text.asString()));
		return texts;
	}

}
