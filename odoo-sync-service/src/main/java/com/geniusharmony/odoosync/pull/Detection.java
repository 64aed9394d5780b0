package com.geniusharmony.odoosync.pull;

import java.util.List;
import java.util.Map;

import com.geniusharmony.events.odoolink.FieldChange;

/**
 * What the poller found of one record.
 *
 * @param changes the platform fields to change
 * @param assigneesAdded platform users to assign
 * @param assigneesRemoved platform users to unassign
 * @param agreed what Odoo and the platform agree on once the changes are applied
 * @param conflicts fields changed on both sides
 * @param warnings Odoo values that could not be mapped, and what was done instead
 */
record Detection(List<FieldChange> changes, List<String> assigneesAdded, List<String> assigneesRemoved,
		Map<String, String> agreed, List<Conflict> conflicts, List<String> warnings) {

	Detection {
		changes = List.copyOf(changes);
		assigneesAdded = List.copyOf(assigneesAdded);
		assigneesRemoved = List.copyOf(assigneesRemoved);
		agreed = Map.copyOf(agreed);
		conflicts = List.copyOf(conflicts);
		warnings = List.copyOf(warnings);
	}

	/**
	 * @return whether core-service has something to apply
	 */
	boolean hasChanges() {
		return !this.changes.isEmpty() || !this.assigneesAdded.isEmpty() || !this.assigneesRemoved.isEmpty();
	}

	/**
	 * @return whether operators have something to see
	 */
	boolean isNoteworthy() {
		return hasChanges() || !this.conflicts.isEmpty() || !this.warnings.isEmpty();
	}

}
