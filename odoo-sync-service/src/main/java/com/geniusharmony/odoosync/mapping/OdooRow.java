package com.geniusharmony.odoosync.mapping;

import java.util.List;

import com.geniusharmony.odoosync.state.ClaimedEntity;

/**
 * One entity as a row of a {@code load} call, with what the row could not carry.
 *
 * @param entity the entity
 * @param cells the row's values, in the order of the batch's fields, as Odoo's import
 * format writes them
 * @param values the values to compare with what Odoo and the platform last agreed on, one
 * per cell: the cell itself, or a form both sides can be compared in (a description's
 * text, a deadline's day, assignees in id order)
 * @param archived whether the row archives the record ({@code active} false)
 * @param warnings what did not make it to Odoo as it is here
 */
public record OdooRow(ClaimedEntity entity, List<String> cells, List<String> values, boolean archived,
		List<String> warnings) {

	public OdooRow {
		cells = List.copyOf(cells);
		values = List.copyOf(values);
		warnings = List.copyOf(warnings);
		if (values.size() != cells.size()) {
			throw new IllegalArgumentException("one value per cell");
		}
	}

	/**
	 * A row whose cells are the values to compare.
	 */
	public OdooRow(ClaimedEntity entity, List<String> cells, boolean archived, List<String> warnings) {
		this(entity, cells, cells, archived, warnings);
	}

	/**
	 * The same row with only some of its columns.
	 * @param indexes the indexes of the columns to keep, in order
	 * @return the row with those cells and values
	 */
	public OdooRow only(List<Integer> indexes) {
		return new OdooRow(this.entity, indexes.stream().map(this.cells::get).toList(),
				indexes.stream().map(this.values::get).toList(), this.archived, this.warnings);
	}

}
