package com.geniusharmony.core.odoolink;

import com.geniusharmony.events.odoolink.EntityKind;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code odoo_change} table: the version of the last change made in Odoo that was
 * applied to each entity, replaced only by a higher one.
 */
@Repository
class OdooChangeVersions {

	private static final String CLAIM = """
			insert into odoo_change (entity_kind, entity_id, change_version)
			values (:kind, :entityId, :version)
			on conflict (entity_kind, entity_id) do update
			set change_version = excluded.change_version, applied_at = now()
			where odoo_change.change_version < excluded.change_version""";

	private final DatabaseClient database;

	OdooChangeVersions(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Records a change's version as the entity's last, in the caller's transaction,
	 * unless one of the same or a higher version is recorded. The row stays locked until
	 * the transaction ends, so a concurrent delivery of the same change waits and then
	 * finds it recorded.
	 * @param kind the entity's kind
	 * @param entityId the entity's id
	 * @param changeVersion the change event's aggregate version
	 * @return whether the version was recorded (false for a redelivered or older change)
	 */
	Mono<Boolean> claim(EntityKind kind, long entityId, long changeVersion) {
		return this.database.sql(CLAIM)
			.bind("kind", kind.wireName())
			.bind("entityId", entityId)
			.bind("version", changeVersion)
			.fetch()
			.rowsUpdated()
			.map((rows) -> rows > 0);
	}

}
