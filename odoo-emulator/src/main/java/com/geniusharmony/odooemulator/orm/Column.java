package com.geniusharmony.odooemulator.orm;

import org.jspecify.annotations.Nullable;

/**
 * One column of a {@code load}: the record's external id ({@code id}), its database id
 * ({@code .id}), a value, or a reference by name ({@code project_id}), external id
 * ({@code project_id/id}) or database id ({@code project_id/.id}).
 *
 * @param kind the kind
 * @param fieldOrNull the field, null for {@code id} and {@code .id}
 */
record Column(Kind kind, @Nullable FieldDef fieldOrNull) {

	FieldDef field() {
		if (this.fieldOrNull == null) {
			throw new IllegalStateException("Column " + this.kind + " has no field");
		}
		return this.fieldOrNull;
	}

	enum Kind {

		XMLID, DBID, VALUE, REF_NAME, REF_XMLID, REF_DBID

	}

}
