package com.geniusharmony.odoosync.odoo;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of an Odoo model as {@code fields_get} describes it.
 *
 * @param name the technical name, such as {@code date_deadline}
 * @param type Odoo's type, such as {@code char}, {@code date}, {@code datetime},
 * {@code many2one}, {@code many2many}
 * @param relation the related model for relational fields, otherwise {@code null}
 * @param required whether Odoo refuses a record without it
 * @param selection the values of a selection field, such as {@code 1_done}; empty for
 * other fields
 */
public record OdooField(String name, String type, @Nullable String relation, boolean required, List<String> selection) {

	public OdooField {
		selection = List.copyOf(selection);
	}

	public OdooField(String name, String type, @Nullable String relation, boolean required) {
		this(name, type, relation, required, List.of());
	}

}
