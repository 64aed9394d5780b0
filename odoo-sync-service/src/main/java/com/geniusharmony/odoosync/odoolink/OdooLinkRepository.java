package com.geniusharmony.odoosync.odoolink;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code odoo_link} table: the last link of each entity and its version.
 */
@Component
class OdooLinkRepository {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * A link of an older synced version than the one recorded (written by an instance
	 * whose claim had lapsed) is dropped.
	 */
	private static final String RECORD = """
			insert into odoo_link (kind, entity_id, odoo_model, odoo_id, synced_version, warnings, link_version)
			select r.kind, r.entity_id, r.odoo_model, r.odoo_id, r.synced_version, cast(r.warnings as jsonb), 1
			from unnest(cast(:kinds as text[]), cast(:ids as text[]), cast(:models as text[]),
				cast(:odooIds as bigint[]), cast(:versions as bigint[]), cast(:warnings as text[]))
				as r(kind, entity_id, odoo_model, odoo_id, synced_version, warnings)
			on conflict (kind, entity_id) do update
			set odoo_model = excluded.odoo_model, odoo_id = excluded.odoo_id, synced_version = excluded.synced_version,
				warnings = excluded.warnings, link_version = odoo_link.link_version + 1
			where odoo_link.synced_version <= excluded.synced_version
			returning kind, entity_id, odoo_model, odoo_id, synced_version, warnings, link_version""";

	private final DatabaseClient database;

	OdooLinkRepository(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Raises a link's version for another event of the link's aggregate.
	 * @return the new version, or empty if the entity has no link
	 */
	Mono<Long> nextVersion(EntityKind kind, String entityId) {
		return this.database
			.sql("update odoo_link set link_version = link_version + 1 where kind = :kind and entity_id = :id"
					+ " returning link_version")
			.bind("kind", kind.wireName())
			.bind("id", entityId)
			.map((row) -> row.get("link_version", Long.class))
			.one();
	}

	Mono<List<StoredLink>> record(List<OdooLinkEstablished> links) {
		return this.database.sql(RECORD)
			.bind("kinds", links.stream().map((link) -> link.entityKind().wireName()).toArray(String[]::new))
			.bind("ids", links.stream().map(OdooLinkEstablished::entityId).toArray(String[]::new))
			.bind("models", links.stream().map(OdooLinkEstablished::odooModel).toArray(String[]::new))
			.bind("odooIds", links.stream().map(OdooLinkEstablished::odooId).toArray(Long[]::new))
			.bind("versions", links.stream().map(OdooLinkEstablished::syncedVersion).toArray(Long[]::new))
			.bind("warnings",
					links.stream().map((link) -> MAPPER.writeValueAsString(link.warnings())).toArray(String[]::new))
			.map(OdooLinkRepository::stored)
			.all()
			.collectList();
	}

	private static StoredLink stored(Readable row) {
		List<String> warnings = new ArrayList<>();
		for (JsonNode warning : MAPPER.readTree(row.get("warnings", Json.class).asArray())) {
			warnings.add(warning.asString());
		}
		OdooLinkEstablished link = new OdooLinkEstablished(kind(row.get("kind", String.class)),
				row.get("entity_id", String.class), row.get("odoo_model", String.class), row.get("odoo_id", Long.class),
				row.get("synced_version", Long.class), warnings);
		return new StoredLink(link, row.get("link_version", Long.class));
	}

	private static EntityKind kind(String wireName) {
		// the wire names are the constants' names in lower case
		return EntityKind.valueOf(wireName.toUpperCase(Locale.ROOT));
	}

}
