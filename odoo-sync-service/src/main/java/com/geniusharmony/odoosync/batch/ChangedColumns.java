package com.geniusharmony.odoosync.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odoosync.mapping.OdooMapping;
import com.geniusharmony.odoosync.mapping.OdooRow;
import com.geniusharmony.odoosync.mapping.OdooRows;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import com.geniusharmony.odoosync.state.RowOutcome.Landed;

/**
 * Which columns of each row a push writes: only those where the platform no longer agrees
 * with what it and Odoo last agreed on, so that a push never overwrites a change made in
 * Odoo to another field (ADR 0016), nor a value found in Odoo and handed to core-service
 * that the platform does not have yet. A record Odoo does not have yet, or whose agreed
 * values are not known, gets every column. Rows with the same columns share a
 * {@code load}; a row with none needs no request at all.
 */
final class ChangedColumns {

	private ChangedColumns() {
	}

	static Plan plan(OdooRows.Rows batch, Instant now) {
		Map<List<Integer>, List<OdooRow>> byColumns = new LinkedHashMap<>();
		List<Landed> unchanged = new ArrayList<>();
		for (OdooRow row : batch.rows()) {
			List<Integer> columns = changed(batch.fields(), row, now);
			if (columns.size() == 1) {
				ClaimedEntity entity = row.entity();
				unchanged.add(new Landed(entity, entity.odooId(), row.archived(), row.warnings()));
			}
			else {
				byColumns.computeIfAbsent(columns, (key) -> new ArrayList<>()).add(row.only(columns));
			}
		}
		List<Group> groups = new ArrayList<>();
		byColumns.forEach((columns, rows) -> groups
			.add(new Group(columns.stream().map(batch.fields()::get).toList(), List.copyOf(rows))));
		return new Plan(groups, unchanged);
	}

	/**
	 * The indexes of the columns to write, the external id (column 0) first.
	 */
	private static List<Integer> changed(List<String> fields, OdooRow row, Instant now) {
		List<Integer> columns = new ArrayList<>();
		columns.add(0);
		Map<String, String> agreed = row.entity().base();
		for (int i = 1; i < fields.size(); i++) {
			String field = fields.get(i);
			if (row.entity().odooId() == null || agreed == null) {
				columns.add(i);
			}
			else if (!OdooMapping.awaited(field, agreed, now)
					&& !OdooMapping.agrees(field, row.values().get(i), agreed.get(field))) {
				columns.add(i);
			}
		}
		return columns;
	}

	/**
	 * The loads of a batch, and the rows that need none.
	 *
	 * @param groups the rows to write, by the columns they write
	 * @param unchanged the rows Odoo has as they are
	 */
	record Plan(List<Group> groups, List<Landed> unchanged) {

	}

	/**
	 * Rows that write the same columns.
	 *
	 * @param fields the columns, the external id first
	 * @param rows the rows, with those cells only
	 */
	record Group(List<String> fields, List<OdooRow> rows) {

	}

}
