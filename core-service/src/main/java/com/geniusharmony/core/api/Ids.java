package com.geniusharmony.core.api;

import java.util.Optional;

/**
 * Ids are opaque strings in the API and numbers in the database; a string that is not one
 * of our ids names nothing, so it reads as empty (and the caller answers 404).
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * Reads an id from the API.
	 * @param id the id as the API spells it
	 * @return the database id, or empty if the string cannot be one
	 */
	public static Optional<Long> parse(String id) {
		if (id.isEmpty() || id.length() > 18) {
			return Optional.empty();
		}
		for (int i = 0; i < id.length(); i++) {
			if (!Character.isDigit(id.charAt(i))) {
				return Optional.empty();
			}
		}
		return Optional.of(Long.parseLong(id));
	}

	/**
	 * Writes an id for the API.
	 * @param id the database id
	 * @return the opaque string
	 */
	public static String format(long id) {
		return Long.toString(id);
	}

}
