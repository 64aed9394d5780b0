package com.geniusharmony.odoosync.pull;

/**
 * A field changed both in Odoo and on the platform since they last agreed, and which
 * change won: the later one (ADR 0016).
 *
 * @param field the column, such as {@code name}
 * @param platformValue the platform's value
 * @param odooValue Odoo's value
 * @param winner {@code odoo} or {@code platform}
 */
record Conflict(String field, String platformValue, String odooValue, String winner) {

	/**
	 * @return the value that lost, recorded for operators
	 */
	String lostValue() {
		return "odoo".equals(this.winner) ? this.platformValue : this.odooValue;
	}

}
