package com.geniusharmony.system.api;

import java.util.List;
import java.util.Optional;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooRecord;

/**
 * What Odoo holds of Genius Harmony's entities, read from the emulator by the external
 * ids the sync gives them ({@code harmony.user_7}).
 */
public final class OdooView {

	private final OdooEmulator odoo;

	public OdooView(OdooEmulator odoo) {
		this.odoo = odoo;
	}

	public Optional<OdooRecord> partnerOf(String userId) {
		return this.odoo.recordByExternalId("harmony.user_" + userId);
	}

	public Optional<OdooRecord> projectOf(String projectId) {
		return this.odoo.recordByExternalId("harmony.project_" + projectId);
	}

	public Optional<OdooRecord> taskOf(String taskId) {
		return this.odoo.recordByExternalId("harmony.task_" + taskId);
	}

	/**
	 * The records of a model that carry an external id of the sync, archived ones too.
	 * @param model the model
	 * @return the records
	 */
	public List<OdooRecord> synced(String model) {
		return this.odoo.records(model)
			.stream()
			.filter((record) -> record.externalIds().stream().anyMatch((id) -> id.startsWith("harmony.")))
			.toList();
	}

}
