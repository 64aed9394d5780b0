package com.geniusharmony.odoosync.mapping;

import java.util.List;

import com.geniusharmony.odoosync.state.ClaimedEntity;

/**
 * One entity as a row of a {@code load} call, with what the row could not carry.
 *
 * @param entity the entity
 * @param cells the row's values, in the order of the batch's fields, as Odoo's import
 * format writes them
 * @param archived whether the row archives the record ({@code active} false)
 * @param warnings what did not make it to Odoo as it is here
 */
public record OdooRow(ClaimedEntity entity, List<String> cells, boolean archived, List<String> warnings) {

	public OdooRow {
		cells = List.copyOf(cells);
		warnings = List.copyOf(warnings);
	}

}
