package com.geniusharmony.notification.notification;

import java.util.Arrays;

/**
 * What a bulk request does to the inbox's notifications it matches, as SQL: the columns
 * it sets, and which notifications it still has to change.
 */
enum BulkAction {

	MARK_SEEN("mark_seen", "seen_at = now()", "seen_at is null"),

	MARK_READ("mark_read", "is_read = true, read_at = now(), seen_at = coalesce(seen_at, now())", "not is_read"),

	ARCHIVE("archive", "archived_at = now()", "true");

	static final String PATTERN = "mark_seen|mark_read|archive";

	private final String wireName;

	private final String set;

	private final String pending;

	BulkAction(String wireName, String set, String pending) {
		this.wireName = wireName;
		this.set = set;
		this.pending = pending;
	}

	String set() {
		return this.set;
	}

	String pending() {
		return this.pending;
	}

	static BulkAction of(String wireName) {
		return Arrays.stream(values())
			.filter((action) -> action.wireName.equals(wireName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown bulk action " + wireName));
	}

}
