package com.geniusharmony.odoosync.sync;

import com.geniusharmony.events.odoolink.EntityKind;

/**
 * The external ids ({@code ir.model.data}) that name Genius Harmony's records in Odoo:
 * {@code harmony.user_<id>}, {@code harmony.project_<id>}, {@code harmony.task_<id>}.
 * {@code load} upserts by them, so writing the same entity twice never duplicates it.
 */
final class ExternalIds {

	static final String MODULE = "harmony";

	private ExternalIds() {
	}

	static String of(EntityKind kind, String entityId) {
		return MODULE + "." + kind.wireName() + "_" + entityId;
	}

}
