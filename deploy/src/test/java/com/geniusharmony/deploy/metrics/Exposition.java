package com.geniusharmony.deploy.metrics;

import java.util.Set;
import java.util.TreeSet;

/**
 * The series names of a Prometheus text exposition: the name of every sample line, so
 * that {@code foo_seconds_bucket} is there only if the histogram's buckets are.
 */
final class Exposition {

	private Exposition() {
	}

	static Set<String> seriesNames(String exposition) {
		Set<String> names = new TreeSet<>();
		for (String line : exposition.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int end = 0;
			while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
				end++;
			}
			names.add(line.substring(0, end));
		}
		return names;
	}

}
