package com.geniusharmony.odooemulator.orm;

import java.util.Locale;

/**
 * The Odoo field types the emulator stores, named as {@code fields_get} names them.
 */
public enum FieldType {

	CHAR, TEXT, HTML, BOOLEAN, INTEGER, FLOAT, MONETARY, DATE, DATETIME, SELECTION, MANY2ONE, MANY2MANY,
	MANY2ONE_REFERENCE;

	/**
	 * The type as Odoo spells it ({@code many2one}).
	 * @return the Odoo name
	 */
	public String odooName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static FieldType of(String odooName) {
		return valueOf(odooName.toUpperCase(Locale.ROOT));
	}

	boolean isRelational() {
		return this == MANY2ONE || this == MANY2MANY;
	}

}
