package com.geniusharmony.events.odoolink;

/**
 * The kind of entity an Odoo link is for; written on the wire in lower case.
 */
public enum EntityKind {

	USER("user"),

	PROJECT("project"),

	TASK("task");

	private final String wireName;

	EntityKind(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The kind as events write it.
	 * @return {@code user}, {@code project} or {@code task}
	 */
	public String wireName() {
		return this.wireName;
	}

}
