package com.geniusharmony.odoosync.state;

import java.util.List;
import java.util.Map;

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
	 * @param agreed the columns written, with the comparable values Odoo and the platform
	 * now agree on; empty when nothing was written
	 */
	record Landed(ClaimedEntity entity, @Nullable Long odooId, boolean archived, List<String> warnings,
			Map<String, String> agreed) implements RowOutcome {

		public Landed {
			warnings = List.copyOf(warnings);
			agreed = Map.copyOf(agreed);
		}

		public Landed(ClaimedEntity entity, @Nullable Long odooId, boolean archived, List<String> warnings) {
			this(entity, odooId, archived, warnings, Map.of());
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
