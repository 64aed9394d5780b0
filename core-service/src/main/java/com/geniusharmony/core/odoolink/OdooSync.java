package com.geniusharmony.core.odoolink;

import org.jspecify.annotations.Nullable;

/**
 * How an entity stands in Odoo, as its API resource shows it.
 *
 * @param odooId the id of its Odoo record, or {@code null} before the first link arrived
 * @param syncStatus {@code synced} when Odoo holds the entity's current version, else
 * {@code pending}
 */
public record OdooSync(@Nullable Long odooId, String syncStatus) {

	/** Not linked to Odoo yet. */
	public static final OdooSync NOT_LINKED = new OdooSync(null, "pending");

	static OdooSync of(long odooId, long syncedVersion, long entityVersion) {
		return new OdooSync(odooId, (syncedVersion >= entityVersion) ? "synced" : "pending");
	}

}
