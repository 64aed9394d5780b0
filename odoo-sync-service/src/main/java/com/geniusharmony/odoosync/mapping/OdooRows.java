package com.geniusharmony.odoosync.mapping;

import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import reactor.core.publisher.Mono;

/**
 * How entities of one kind become rows of an Odoo model's {@code load}.
 */
public interface OdooRows {

	EntityKind kind();

	/**
	 * The Odoo model the kind is written to.
	 * @return such as {@code res.partner}
	 */
	String model();

	/**
	 * Makes the rows of a batch; reads what it needs from Odoo (field types, users).
	 * @param entities the entities, none of them deleted without an Odoo record
	 * @return the columns and the rows
	 */
	Mono<Rows> rows(List<ClaimedEntity> entities);

	/**
	 * The columns of a {@code load} and its rows.
	 *
	 * @param fields the columns, {@code id} (the external id) first
	 * @param rows one per entity
	 */
	record Rows(List<String> fields, List<OdooRow> rows) {

		public Rows {
			fields = List.copyOf(fields);
			rows = List.copyOf(rows);
		}

	}

}
