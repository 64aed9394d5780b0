package com.geniusharmony.odoosync.drift;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.geniusharmony.odoosync.pull.OdooChangeNote;
import org.jspecify.annotations.Nullable;

/**
 * The drift report. A finding is {@code pending} when the sync has a change of the entity
 * still on its way to Odoo (its sync state is {@code pending}, or its version is not the
 * one core-service shows): lag rather than drift.
 *
 * @param inStep whether nothing was found
 * @param drift the findings that are not pending
 * @param lagging the findings that are pending
 * @param checked per kind, the entities of core-service and the Odoo records of the sync
 * @param missingInOdoo entities Odoo has no record of
 * @param notInCore Odoo records of the sync with no entity in core-service
 * @param differences fields that differ
 * @param fromOdoo the latest changes found in Odoo and handed to the platform, newest
 * first, with their conflicts and the values that could not be mapped
 */
record DriftResponse(boolean inStep, long drift, long lagging, Map<String, Checked> checked, List<Entry> missingInOdoo,
		List<Entry> notInCore, List<Difference> differences, List<OdooChangeNote> fromOdoo) {

	DriftResponse {
		checked = Collections.unmodifiableMap(new LinkedHashMap<>(checked));
		missingInOdoo = List.copyOf(missingInOdoo);
		notInCore = List.copyOf(notInCore);
		differences = List.copyOf(differences);
		fromOdoo = List.copyOf(fromOdoo);
	}

	/**
	 * How many of one kind were compared.
	 *
	 * @param core the entities in core-service
	 * @param odoo the Odoo records carrying the sync's external ids
	 */
	record Checked(long core, long odoo) {

	}

	/**
	 * An entity on one side only.
	 *
	 * @param kind {@code user}, {@code project} or {@code task}
	 * @param id the entity id
	 * @param odooId its Odoo record, or null
	 * @param syncStatus its sync state, or null if the sync never saw it
	 * @param pending whether a change of it is on its way
	 */
	record Entry(String kind, String id, @Nullable Long odooId, @Nullable String syncStatus, boolean pending) {

	}

	/**
	 * A field that differs.
	 *
	 * @param kind {@code user}, {@code project} or {@code task}
	 * @param id the entity id
	 * @param odooId its Odoo record
	 * @param field {@code name}, {@code email}, {@code active}, {@code partner},
	 * {@code project} or {@code deadline}
	 * @param core the value the sync writes for core-service's entity
	 * @param odoo the value in Odoo (references as external ids)
	 * @param syncStatus its sync state, or null if the sync never saw it
	 * @param pending whether a change of it is on its way
	 */
	record Difference(String kind, String id, @Nullable Long odooId, String field, @Nullable Object core,
			@Nullable Object odoo, @Nullable String syncStatus, boolean pending) {

	}

}
