package com.geniusharmony.odooemulator.orm;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The records of every model, in memory, behind one lock. Every call runs as a
 * transaction: its changes are journalled and undone if it fails (or if
 * {@link #rollback()} is called, as a refused {@code load} does). Ids come from per-model
 * sequences that, like PostgreSQL's, are not given back by a rollback.
 */
public final class Database {

	static final String DATA_MODEL = "ir.model.data";

	private final ModelRegistry registry;

	private final Clock clock;

	private final Map<String, TreeMap<Integer, Row>> tables = new HashMap<>();

	private final Map<String, Integer> sequences = new HashMap<>();

	private final Map<String, Integer> xmlIds = new HashMap<>();

	private final ReentrantLock lock = new ReentrantLock();

	private @Nullable Map<Key, Undo> journal;

	/** When the current transaction started: Odoo stamps all its writes with it. */
	private @Nullable LocalDateTime transactionStart;

	public Database(ModelRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		clear();
	}

	public ModelRegistry registry() {
		return this.registry;
	}

	/**
	 * Runs {@code work} under the lock as one transaction, undone if it throws.
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 */
	public <T> T transaction(Supplier<T> work) {
		this.lock.lock();
		try {
			if (this.journal != null) {
				// Already in a transaction of this thread: its journal covers this work
				// too.
				return work.get();
			}
			this.journal = new LinkedHashMap<>();
			this.transactionStart = clockNow();
			try {
				return work.get();
			}
			catch (RuntimeException ex) {
				rollback();
				throw ex;
			}
			finally {
				this.journal = null;
				this.transactionStart = null;
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Undoes every change of the current transaction so far.
	 */
	public void rollback() {
		Map<Key, Undo> undos = this.journal;
		if (undos == null) {
			throw new IllegalStateException("No transaction");
		}
		List<Undo> reversed = new ArrayList<>(undos.values());
		Collections.reverse(reversed);
		for (Undo undo : reversed) {
			TreeMap<Integer, Row> table = table(undo.model());
			Row current = table.remove(undo.id());
			if (current != null) {
				unindex(undo.model(), current);
			}
			if (undo.before() != null) {
				Row restored = new Row(undo.id(), undo.before());
				table.put(undo.id(), restored);
				index(undo.model(), restored);
			}
		}
		undos.clear();
	}

	/**
	 * Drops every record and restores the sequences, leaving empty tables; inside a
	 * transaction, what it did before can no longer be undone.
	 */
	public void clear() {
		this.lock.lock();
		try {
			this.tables.clear();
			this.sequences.clear();
			this.xmlIds.clear();
			this.registry.all().forEach((model) -> this.tables.put(model.name(), new TreeMap<>()));
			if (this.journal != null) {
				this.journal.clear();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Sets the next id a model's sequence gives.
	 * @param model the model
	 * @param nextId the next id
	 */
	public void restartSequence(String model, int nextId) {
		this.sequences.put(model, nextId);
	}

	int insert(String model, Map<String, Object> values) {
		int id = this.sequences.getOrDefault(model, 1);
		this.sequences.put(model, id + 1);
		return insert(model, id, values);
	}

	/**
	 * Inserts a record; the database keeps {@code values} as the record's map.
	 */
	int insert(String model, int id, Map<String, Object> values) {
		requireTransaction();
		this.sequences.merge(model, id + 1, Math::max);
		LocalDateTime now = now();
		Map<String, Object> stored = values;
		stored.put("create_date", now);
		stored.put("write_date", now);
		Row row = new Row(id, stored);
		journal(model, id, null);
		table(model).put(id, row);
		index(model, row);
		return id;
	}

	void update(String model, Row row, Map<String, ?> changes) {
		requireTransaction();
		journal(model, row.id, row.copyOfValues());
		unindex(model, row);
		changes.forEach((field, value) -> {
			if (value == null) {
				row.values.remove(field);
			}
			else {
				row.values.put(field, value);
			}
		});
		row.values.put("write_date", now());
		index(model, row);
	}

	void delete(String model, int id) {
		requireTransaction();
		Row row = table(model).remove(id);
		if (row != null) {
			journal(model, id, row.copyOfValues());
			unindex(model, row);
		}
	}

	@Nullable Row row(String model, int id) {
		return table(model).get(id);
	}

	Collection<Row> rows(String model) {
		return table(model).values();
	}

	int count(String model) {
		return table(model).size();
	}

	/**
	 * The {@code ir.model.data} row of an external id ({@code module.name}), or null.
	 */
	@Nullable Row xmlIdRow(String xmlId) {
		Integer dataId = this.xmlIds.get(xmlId);
		return (dataId != null) ? row(DATA_MODEL, dataId) : null;
	}

	/**
	 * Runs {@code work} under the lock without a transaction (for reads and inspection).
	 * @param <T> the result type
	 * @param work the work
	 * @return its result
	 */
	public <T> T read(Supplier<T> work) {
		this.lock.lock();
		try {
			return work.get();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The time Odoo stamps a write with: the start of its transaction, the same for every
	 * record the transaction writes, read back to the second.
	 */
	LocalDateTime now() {
		LocalDateTime start = this.transactionStart;
		return (start != null) ? start : clockNow();
	}

	private LocalDateTime clockNow() {
		return LocalDateTime.ofEpochSecond(Math.floorDiv(this.clock.millis(), 1000L), 0, ZoneOffset.UTC);
	}

	private TreeMap<Integer, Row> table(String model) {
		TreeMap<Integer, Row> table = this.tables.get(model);
		if (table == null) {
			throw new IllegalArgumentException("Unknown model " + model);
		}
		return table;
	}

	private void journal(String model, int id, @Nullable Map<String, Object> before) {
		Map<Key, Undo> undos = this.journal;
		if (undos != null) {
			undos.putIfAbsent(new Key(model, id), new Undo(model, id, before));
		}
	}

	private void requireTransaction() {
		if (this.journal == null) {
			throw new IllegalStateException("Changes need a transaction");
		}
	}

	private void index(String model, Row row) {
		if (model.equals(DATA_MODEL)) {
			this.xmlIds.put(row.get("module") + "." + row.get("name"), row.id);
		}
	}

	private void unindex(String model, Row row) {
		if (model.equals(DATA_MODEL)) {
			this.xmlIds.remove(row.get("module") + "." + row.get("name"), row.id);
		}
	}

	private record Key(String model, int id) {
	}

	private record Undo(String model, int id, @Nullable Map<String, Object> before) {
	}

}
