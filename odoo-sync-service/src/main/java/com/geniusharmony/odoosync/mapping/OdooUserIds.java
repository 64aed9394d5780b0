package com.geniusharmony.odoosync.mapping;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Sets of Odoo user ids as a {@code user_ids/.id} cell writes them: comma-separated, in
 * id order.
 */
final class OdooUserIds {

	private OdooUserIds() {
	}

	static String format(Collection<Long> ids) {
		return new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static Set<Long> parse(@Nullable String cell) {
		if (cell == null || cell.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(cell.split(","))
			.map(String::strip)
			.map(Long::valueOf)
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
