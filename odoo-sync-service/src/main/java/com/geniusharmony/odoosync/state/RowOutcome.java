package com.geniusharmony.odoosync.state;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What became of one claimed entity in Odoo.
 */
public sealed interface RowOutcome {

	ClaimedEntity entity();

	/**
	 * Odoo has the claimed state.
	 *
	 * @param entity the entity
	 * @param odooId its Odoo record, or {@code null} when there is none to have (a task
	 * deleted before it reached Odoo, or unlinked)
	 * @param archived whether the state written archives the record
	 * @param warnings what did not make it to Odoo as it is here
	 */
	record Landed(ClaimedEntity entity, @Nullable Long odooId, boolean archived,
			List<String> warnings) implements RowOutcome {

		public Landed {
			warnings = List.copyOf(warnings);
		}

	}

	/**
	 * Odoo refused the entity's row.
	 *
	 * @param entity the entity
	 * @param error Odoo's reason
	 */
	record Refused(ClaimedEntity entity, String error) implements RowOutcome {

	}

}
