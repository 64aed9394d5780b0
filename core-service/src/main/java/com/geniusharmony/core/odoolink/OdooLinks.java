package com.geniusharmony.core.odoolink;

import java.util.HashMap;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The {@code odoo_link} table: the last link of each entity, replaced only by a link of a
 * higher version.
 */
@Component
public class OdooLinks {

	private static final String UPSERT = """
			insert into odoo_link (entity_kind, entity_id, odoo_model, odoo_id, synced_version, link_version, warnings)
			values (:kind, :entityId, :model, :odooId, :syncedVersion, :linkVersion, :warnings)
			on conflict (entity_kind, entity_id) do update
			set odoo_model = excluded.odoo_model, odoo_id = excluded.odoo_id,
				synced_version = excluded.synced_version, link_version = excluded.link_version,
				warnings = excluded.warnings, linked_at = now()
			where odoo_link.link_version < excluded.link_version""";

	private final DatabaseClient database;

	OdooLinks(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * How an entity stands in Odoo.
	 * @param kind the entity's kind
	 * @param entityId its id
	 * @param entityVersion its current version
	 * @return its Odoo id and sync status
	 */
	public Mono<OdooSync> find(EntityKind kind, long entityId, long entityVersion) {
		return this.database
			.sql("select odoo_id, synced_version from odoo_link where entity_kind = :kind and entity_id = :id")
			.bind("kind", kind.wireName())
			.bind("id", entityId)
			.map((row) -> OdooSync.of(row.get("odoo_id", Long.class), row.get("synced_version", Long.class),
					entityVersion))
			.one()
			.defaultIfEmpty(OdooSync.NOT_LINKED);
	}

	/**
	 * How a page of entities stands in Odoo, in one query.
	 * @param kind the entities' kind
	 * @param versions each entity's current version, by id
	 * @return each entity's Odoo id and sync status, by id (not linked for those without
	 * a link)
	 */
	public Mono<Map<Long, OdooSync>> findAll(EntityKind kind, Map<Long, Long> versions) {
		if (versions.isEmpty()) {
			return Mono.just(Map.of());
		}
		return this.database
			.sql("select entity_id, odoo_id, synced_version from odoo_link"
					+ " where entity_kind = :kind and entity_id = any(:ids)")
			.bind("kind", kind.wireName())
			.bind("ids", versions.keySet().toArray(Long[]::new))
			.map((row) -> {
				long id = row.get("entity_id", Long.class);
				return Map.entry(id, OdooSync.of(row.get("odoo_id", Long.class), row.get("synced_version", Long.class),
						versions.get(id)));
			})
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.map((found) -> {
				Map<Long, OdooSync> all = new HashMap<>();
				versions.keySet().forEach((id) -> all.put(id, found.getOrDefault(id, OdooSync.NOT_LINKED)));
				return all;
			});
	}

	/**
	 * Records a link unless one of the same or a higher version is already recorded.
	 * @param link the link
	 * @param linkVersion the link event's aggregate version
	 * @param entityId the entity's database id
	 * @return whether the link was recorded (false for a duplicate or stale one)
	 */
	Mono<Boolean> record(OdooLinkEstablished link, long linkVersion, long entityId) {
		return this.database.sql(UPSERT)
			.bind("kind", link.entityKind().wireName())
			.bind("entityId", entityId)
			.bind("model", link.odooModel())
			.bind("odooId", link.odooId())
			.bind("syncedVersion", link.syncedVersion())
			.bind("linkVersion", linkVersion)
			.bind("warnings", String.join("\n", link.warnings()))
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

}
