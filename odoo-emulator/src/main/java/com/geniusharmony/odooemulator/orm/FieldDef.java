package com.geniusharmony.odooemulator.orm;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One field of a model, with the attributes {@code fields_get} reports.
 *
 * @param name the technical name
 * @param type the type
 * @param string the label
 * @param required whether a record needs a value
 * @param readonly whether clients may write it
 * @param relation the comodel of a relational field
 * @param selection the {@code [value, label]} pairs of a selection field
 * @param stored whether the value is stored (computed fields such as {@code display_name}
 * are not)
 */
public record FieldDef(String name, FieldType type, String string, boolean required, boolean readonly,
		@Nullable String relation, List<List<String>> selection, boolean stored) {

	/**
	 * Whether {@code value} is one of the selection's values.
	 * @param value a candidate value
	 * @return true if it is allowed
	 */
	public boolean allows(String value) {
		for (List<String> pair : this.selection) {
			if (pair.get(0).equals(value)) {
				return true;
			}
		}
		return false;
	}

	String relationOrFail() {
		if (this.relation == null) {
			throw new IllegalStateException("Field " + this.name + " is not relational");
		}
		return this.relation;
	}

	FieldDef withType(FieldType newType) {
		return new FieldDef(this.name, newType, this.string, this.required, this.readonly, this.relation,
				this.selection, this.stored);
	}

}
