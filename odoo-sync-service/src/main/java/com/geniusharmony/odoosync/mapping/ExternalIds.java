package com.geniusharmony.odoosync.mapping;

import java.util.Optional;

import com.geniusharmony.events.odoolink.EntityKind;

/**
 * The external ids ({@code ir.model.data}) that name Genius Harmony's records in Odoo:
 * {@code harmony.user_<id>}, {@code harmony.project_<id>}, {@code harmony.task_<id>}.
 * {@code load} upserts by them, so writing the same entity twice never duplicates it.
 */
public final class ExternalIds {

	/** The {@code module} of every external id the sync writes. */
	public static final String MODULE = "harmony";

	private ExternalIds() {
	}

	/**
	 * The external id of an entity.
	 * @param kind the entity's kind
	 * @param entityId its id
	 * @return such as {@code harmony.user_7}
	 */
	public static String of(EntityKind kind, String entityId) {
		return MODULE + "." + name(kind, entityId);
	}

	/**
	 * The entity an external id of module {@link #MODULE} names, if it names one of this
	 * kind.
	 * @param kind the kind expected
	 * @param name the external id's {@code name} in {@code ir.model.data}, without the
	 * module, such as {@code user_7}
	 * @return the entity id, or empty if the name is not of this kind
	 */
	public static Optional<String> entityId(EntityKind kind, String name) {
		String prefix = name(kind, "");
		return (name.startsWith(prefix) && name.length() > prefix.length())
				? Optional.of(name.substring(prefix.length())) : Optional.empty();
	}

	private static String name(EntityKind kind, String entityId) {
		return kind.wireName() + "_" + entityId;
	}

}
