package com.geniusharmony.odoosync.odoo;

import org.jspecify.annotations.Nullable;

/**
 * One message of a {@code load} answer.
 *
 * @param type {@code error} or {@code warning}
 * @param message Odoo's wording
 * @param row the index of the row it is about (0-based), or {@code null} if about the
 * whole batch
 * @param field the field it is about, or {@code null}
 */
public record LoadMessage(String type, String message, @Nullable Integer row, @Nullable String field) {

	/**
	 * Whether this message refuses the row.
	 * @return true for an error
	 */
	public boolean isError() {
		return "error".equals(this.type);
	}

}
