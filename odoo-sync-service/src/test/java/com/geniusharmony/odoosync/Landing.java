package com.geniusharmony.odoosync;

import java.util.EnumMap;
import java.util.Map;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odooemulator.OdooEmulator;

/**
 * Watches records land in Odoo, counted at the emulator (records with the sync's external
 * ids): when the first and the last of each kind arrived, in seconds from a start.
 */
final class Landing {

	private static final Map<EntityKind, String> MODELS = Map.of(EntityKind.USER, "res.partner", EntityKind.PROJECT,
			"project.project", EntityKind.TASK, "project.task");

	private final OdooEmulator odoo;

	private final long startedNanos;

	private final String idPrefix;

	private final Map<EntityKind, Integer> expected = new EnumMap<>(EntityKind.class);

	private final Map<EntityKind, Long> landed = new EnumMap<>(EntityKind.class);

	private final Map<EntityKind, Double> first = new EnumMap<>(EntityKind.class);

	private final Map<EntityKind, Double> last = new EnumMap<>(EntityKind.class);

	Landing(OdooEmulator odoo, long startedNanos, int users, int projects, int tasks) {
		this(odoo, startedNanos, "", users, projects, tasks);
	}

	/**
	 * Watches the records of the entities whose ids start with a prefix.
	 */
	Landing(OdooEmulator odoo, long startedNanos, String idPrefix, int users, int projects, int tasks) {
		this.odoo = odoo;
		this.startedNanos = startedNanos;
		this.idPrefix = idPrefix;
		this.expected.put(EntityKind.USER, users);
		this.expected.put(EntityKind.PROJECT, projects);
		this.expected.put(EntityKind.TASK, tasks);
	}

	/**
	 * Counts the kinds not complete yet.
	 * @return whether every record has landed
	 */
	boolean poll() {
		for (EntityKind kind : this.expected.keySet()) {
			if (this.last.containsKey(kind)) {
				continue;
			}
			long count = count(this.odoo, kind, this.idPrefix);
			double now = seconds();
			this.landed.put(kind, count);
			if (count > 0) {
				this.first.putIfAbsent(kind, now);
			}
			if (count >= this.expected.get(kind)) {
				this.last.put(kind, now);
			}
		}
		return this.last.size() == this.expected.size();
	}

	double seconds() {
		return (System.nanoTime() - this.startedNanos) / 1e9;
	}

	long landed(EntityKind kind) {
		return this.landed.getOrDefault(kind, 0L);
	}

	double first(EntityKind kind) {
		return this.first.getOrDefault(kind, Double.NaN);
	}

	double last(EntityKind kind) {
		return this.last.getOrDefault(kind, Double.NaN);
	}

	double allLanded() {
		return this.last.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
	}

	/**
	 * The records of a kind an emulator holds under the sync's external ids.
	 * @param odoo the emulator
	 * @param kind the kind
	 * @return the count
	 */
	static long count(OdooEmulator odoo, EntityKind kind) {
		return count(odoo, kind, "");
	}

	private static long count(OdooEmulator odoo, EntityKind kind, String idPrefix) {
		String prefix = "harmony." + kind.wireName() + "_" + idPrefix;
		return odoo.records(MODELS.get(kind))
			.stream()
			.filter((record) -> record.externalIds().stream().anyMatch((id) -> id.startsWith(prefix)))
			.count();
	}

}
