package com.geniusharmony.odoosync.odoo;

import org.jspecify.annotations.Nullable;

/**
 * One field of an Odoo model as {@code fields_get} describes it.
 *
 * @param name the technical name, such as {@code date_deadline}
 * @param type Odoo's type, such as {@code char}, {@code date}, {@code datetime},
 * {@code many2one}, {@code many2many}
 * @param relation the related model for relational fields, otherwise {@code null}
 * @param required whether Odoo refuses a record without it
 */
public record OdooField(String name, String type, @Nullable String relation, boolean required) {

}
