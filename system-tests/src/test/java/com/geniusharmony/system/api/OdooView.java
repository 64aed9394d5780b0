package com.geniusharmony.system.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooRecord;

/**
 * What Odoo holds of Genius Harmony's entities, read from the emulator by the external
 * ids the sync gives them ({@code harmony.user_7}).
 */
public final class OdooView {

	private static final List<String> MODELS = List.of("res.partner", "project.project", "project.task");

	private final OdooEmulator odoo;

	private final Map<String, Integer> highestIdAtStart;

	private OdooView(OdooEmulator odoo, Map<String, Integer> highestIdAtStart) {
		this.odoo = odoo;
		this.highestIdAtStart = highestIdAtStart;
	}

	/**
	 * A view of an emulator the sync has not written to yet: what it holds now is the
	 * baseline that records created later are told apart from.
	 * @param odoo the emulator
	 * @return the view
	 */
	public static OdooView beforeAnySync(OdooEmulator odoo) {
		Map<String, Integer> highest = new HashMap<>();
		MODELS.forEach(
				(model) -> highest.put(model, odoo.records(model).stream().mapToInt(OdooRecord::id).max().orElse(0)));
		return new OdooView(odoo, Map.copyOf(highest));
	}

	/**
	 * Changes a record as a person working in Odoo would.
	 * @param model the model
	 * @param id the record's id
	 * @param values the fields to write, as JSON-RPC writes them
	 * @return the record as written
	 */
	public OdooRecord editAsPerson(String model, int id, JsonNode values) {
		return this.odoo.editAsPerson(model, id, values);
	}

	/**
	 * The id of an Odoo user.
	 * @param login the user's login
	 * @return its {@code res.users} id
	 */
	public int userId(String login) {
		return this.odoo.records("res.users")
			.stream()
			.filter((user) -> login.equals(user.get("login")))
			.findFirst()
			.orElseThrow()
			.id();
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
	 * How many records of a model were created since the start without an external id of
	 * the sync: duplicates, if the sync made them.
	 * @param model the model
	 * @return the count
	 */
	public int unsyncedCreatedSinceStart(String model) {
		int highest = this.highestIdAtStart.getOrDefault(model, 0);
		return (int) this.odoo.records(model)
			.stream()
			.filter((record) -> record.id() > highest)
			.filter((record) -> record.externalIds().stream().noneMatch((id) -> id.startsWith("harmony.")))
			.count();
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
